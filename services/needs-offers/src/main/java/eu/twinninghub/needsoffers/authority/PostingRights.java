package eu.twinninghub.needsoffers.authority;

import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Who may post and edit for an authority: its members, a partner network it belongs to, a platform
 * admin. Decided from the token and this service's read model, never from the request body.
 */
@RequestScoped
public class PostingRights {

    @Inject
    Caller caller;

    public boolean mayPostFor(KnownAuthority authority) {
        if (caller.isAnonymous()) {
            return false;
        }
        if (caller.isPlatformAdmin()) {
            return true;
        }
        if (caller.hasRole(Roles.AUTHORITY_MEMBER) && caller.actsFor(authority.id)) {
            return true;
        }
        return caller.isPartnerNetwork() && caller.authorityId().filter(authority::belongsTo).isPresent();
    }

    public void requirePostFor(KnownAuthority authority) {
        if (!mayPostFor(authority)) {
            throw ProblemException.forbidden("you do not post for authority " + authority.id);
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
