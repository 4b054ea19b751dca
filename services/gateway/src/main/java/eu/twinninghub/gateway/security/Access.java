package eu.twinninghub.gateway.security;

import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ownership rules of {@link AccessPolicy}, applied at the edge before a call leaves the gateway
 * (the service applies the same rules again). Roles alone are on the resource methods; these rules
 * need to know whose data a request touches.
 */
@RequestScoped
public class Access {

    private final Caller caller;
    private final Memberships memberships;

    public Access(Caller caller, Memberships memberships) {
        this.caller = caller;
        this.memberships = memberships;
    }

    public void requireSignedIn() {
        if (caller.isAnonymous()) {
            throw new UnauthorizedException();
        }
    }

    /** {@link AccessPolicy#postsFor}. */
    public void requirePostsFor(UUID authority) {
        caller.require(AccessPolicy.postsFor(caller.who(), authority, networksOf(authority)),
                "you do not post for authority " + authority);
    }

    /** {@link AccessPolicy#administers}. */
    public void requireAdministers(UUID authority) {
        caller.require(AccessPolicy.administers(caller.who(), authority),
                "only an administrator of authority " + authority + " or a platform admin changes it");
    }

    /** {@link AccessPolicy#vouchesFor}. */
    public void requireVouchesFor(UUID authority) {
        caller.require(AccessPolicy.vouchesFor(caller.who(), networksOf(authority)),
                "only a platform admin, or a partner network the authority belongs to, verifies or suspends it");
    }

    /** {@link AccessPolicy#consentsForNetwork} or {@link AccessPolicy#consentsForMember}. */
    public void requireConsentsToMembership(UUID authority, UUID network) {
        caller.require(AccessPolicy.consentsForNetwork(caller.who(), network)
                        || AccessPolicy.consentsForMember(caller.who(), authority), caller.isPlatformAdmin()
                ? "a membership is agreed by the network and the authority's admin; a platform admin is neither side"
                : "only network " + network + " itself or an admin of authority " + authority
                        + " agrees to this membership");
    }

    /** {@link AccessPolicy#endsMembership}. */
    public void requireEndsMembership(UUID authority, UUID network) {
        caller.require(AccessPolicy.endsMembership(caller.who(), authority, network),
                "only network " + network + ", an admin of authority " + authority
                        + " or a platform admin ends this membership");
    }

    /** {@link AccessPolicy#readsTrustOf}. */
    public void requireReadsTrustOf(UUID authority) {
        caller.require(AccessPolicy.readsTrustOf(caller.who(), authority),
                "only the people of authority " + authority + " and platform admins read its memberships and trail");
    }

    /** {@link AccessPolicy#answersFor}. */
    public void requireMemberOfOne(Collection<UUID> sides, String what) {
        caller.require(AccessPolicy.answersFor(caller.who(), sides),
                "only members of a side of " + what + " answer for it");
    }

    /** {@link AccessPolicy#coordinates}: a team of a partnership, by its coordinator (none: nobody). */
    public void requireCoordinates(Optional<UUID> coordinator, String team) {
        caller.require(AccessPolicy.coordinates(caller.who(), coordinator),
                "only the coordinator of " + team + " changes who is on it");
    }

    /** {@link AccessPolicy#endsPlace}. */
    public void requireEndsPlace(UUID authority, Optional<UUID> coordinatorOfItsTeam) {
        caller.require(AccessPolicy.endsPlace(caller.who(), authority, coordinatorOfItsTeam),
                "only authority " + authority + " itself, or its team's coordinator, ends its place");
    }

    /** {@link AccessPolicy#readsInboxOf}; {@code null}: the caller's own inbox. */
    public void requireReadsInboxOf(UUID authority) {
        requireSignedIn();
        if (authority != null) {
            caller.require(AccessPolicy.readsInboxOf(caller.who(), authority),
                    "this inbox is authority " + authority + "'s");
        }
    }

    /**
     * The networks of {@code authority}, asked of authority-profiles only when the caller is a
     * network (the one rule that needs them). An authority not registered belongs to none; the
     * service then refuses it, naming the field, which says more than a 403 here.
     */
    private Collection<UUID> networksOf(UUID authority) {
        if (!caller.isPartnerNetwork()) {
            return List.of();
        }
        return memberships.networksOf(authority).orElseGet(() -> caller.authorityId().map(List::of).orElse(List.of()));
    }
}
