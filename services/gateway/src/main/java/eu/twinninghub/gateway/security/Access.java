package eu.twinninghub.gateway.security;

import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.security.Roles;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.UUID;

/**
 * The ownership rules of the platform, applied at the edge before a call leaves the gateway (the
 * service applies them again). Roles alone are on the resource methods; these rules need to know
 * whose data a request touches.
 */
@RequestScoped
public class Access {

    @Inject
    Caller caller;

    @Inject
    Memberships memberships;

    public void requireSignedIn() {
        if (caller.isAnonymous()) {
            throw new UnauthorizedException();
        }
    }

    /** Posts and edits needs and offers of {@code authority}: its staff, a network it belongs to, a platform admin. */
    public void requirePostsFor(UUID authority) {
        requireSignedIn();
        if (caller.isPlatformAdmin()
                || caller.hasRole(Roles.AUTHORITY_MEMBER) && caller.actsFor(authority)
                || caller.hasRole(Roles.AUTHORITY_ADMIN) && caller.actsFor(authority)
                || isNetworkOf(authority)) {
            return;
        }
        throw ProblemException.forbidden("you do not post for authority " + authority);
    }

    /** Edits the profile and people of {@code authority}: its administrators, a platform admin. */
    public void requireAdministers(UUID authority) {
        requireSignedIn();
        caller.requireActsFor(authority, Roles.AUTHORITY_ADMIN);
    }

    /** Verifies or suspends {@code authority}: a network it belongs to, a platform admin. */
    public void requireVouchesFor(UUID authority) {
        requireSignedIn();
        if (!caller.isPlatformAdmin() && !isNetworkOf(authority)) {
            throw ProblemException.forbidden("only a platform admin, or a partner network the authority belongs to,"
                    + " verifies or suspends it");
        }
    }

    /** Changes who belongs to {@code network}: the network itself, a platform admin. */
    public void requireIsNetwork(UUID network) {
        requireSignedIn();
        if (!caller.isPlatformAdmin() && !(caller.isPartnerNetwork() && caller.actsFor(network))) {
            throw ProblemException.forbidden("only a platform admin, or network " + network + " itself, changes who"
                    + " belongs to it");
        }
    }

    /** Answers for one of {@code sides} (a match's or a partnership's): staff of that authority only. */
    public void requireMemberOfOne(Collection<UUID> sides, String what) {
        requireSignedIn();
        boolean member = caller.hasRole(Roles.AUTHORITY_MEMBER) || caller.hasRole(Roles.AUTHORITY_ADMIN);
        if (!member || caller.authorityId().filter(sides::contains).isEmpty()) {
            throw ProblemException.forbidden("only members of a side of " + what + " answer for it");
        }
    }

    /** Reads the inbox of {@code authority}: its own people, a platform admin. */
    public void requireReadsInboxOf(UUID authority) {
        requireSignedIn();
        if (authority != null && !caller.isPlatformAdmin() && !caller.actsFor(authority)) {
            throw ProblemException.forbidden("this inbox is authority " + authority + "'s");
        }
    }

    private boolean isNetworkOf(UUID authority) {
        if (!caller.isPartnerNetwork() || caller.authorityId().isEmpty()) {
            return false;
        }
        UUID network = caller.authorityId().get();
        // An authority not registered cannot be anyone's; the service refuses it naming the field.
        return memberships.networksOf(authority).map(networks -> networks.contains(network)).orElse(true);
    }
}
