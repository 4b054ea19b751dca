package eu.twinninghub.needsoffers.posting;

import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Who may post and edit for an authority ({@link AccessPolicy#postsFor}), decided from the token and
 * this service's read model of the authority, never from the request body.
 */
@RequestScoped
public class PostingRights {

    private final Caller caller;

    public PostingRights(Caller caller) {
        this.caller = caller;
    }

    public boolean mayPostFor(KnownAuthority authority) {
        return AccessPolicy.postsFor(caller.who(), authority.id, authority.networkIds);
    }

    /** Posts for {@code authority} ({@link #mayPostFor}), which is not suspended unless a platform admin acts. */
    public void requirePostFor(KnownAuthority authority) {
        caller.require(mayPostFor(authority), "you do not post for authority " + authority.id);
        if (authority.verification == Verification.SUSPENDED && !caller.isPlatformAdmin()) {
            throw ProblemException.suspended(authority.nameLatin);
        }
    }

    /** The authority as known here, or a 400 naming {@code field}: it may not be registered, or not yet known. */
    public static KnownAuthority known(UUID id, String field) {
        KnownAuthority authority = KnownAuthority.findById(id);
        if (authority == null) {
            throw ProblemException.invalid(field, "is not a registered authority (a new registration takes a moment"
                    + " to reach this service)");
        }
        return authority;
    }
}
