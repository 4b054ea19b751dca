package eu.twinninghub.authorities.membership;

import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.authority.MembershipState;
import eu.twinninghub.api.authority.TrustAction;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.authorities.events.AuthorityEvents;
import eu.twinninghub.authorities.trail.TrustTrail;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Memberships by consent. A network that could add any authority to itself could then verify,
 * suspend and post for it; so a membership exists only once both sides said yes: the network
 * invites and the authority's admin accepts, or the admin asks and the network accepts. Either
 * side ends it. Every step is on the trust trail of both.
 */
@ApplicationScoped
public class Memberships {

    /** What a consent led to: the membership as it now stands, and whether it is now agreed. */
    public record Outcome(Membership membership, boolean agreed) {
    }

    private final Outbox outbox;
    private final Clock clock;
    private final TrustTrail trail;

    public Memberships(Outbox outbox, Clock clock, TrustTrail trail) {
        this.outbox = outbox;
        this.clock = clock;
        this.trail = trail;
    }

    /** The caller says yes for its side: invites, asks, or accepts what the other side asked. */
    @Transactional
    public Outcome consent(UUID authorityId, UUID networkId, Caller caller) {
        boolean forNetwork = AccessPolicy.consentsForNetwork(caller.who(), networkId);
        boolean forMember = AccessPolicy.consentsForMember(caller.who(), authorityId);
        caller.require(forNetwork || forMember, caller.isPlatformAdmin()
                ? "a membership is agreed by the network and the authority's admin; a platform admin is neither side"
                : "only network " + networkId + " itself or an admin of authority " + authorityId
                        + " agrees to this membership");
        Authority authority = Authority.existing(authorityId);
        Authority network = network(networkId);
        if (network.id.equals(authority.id)) {
            throw ProblemException.conflict("a network does not belong to itself");
        }
        notSuspended(forNetwork ? network : authority);
        Membership membership = Membership.find(authorityId, networkId);
        if (membership == null) {
            return invitedOrRequested(authority, network, forNetwork, caller);
        }
        boolean otherSideAsked = membership.state == (forNetwork ? MembershipState.REQUESTED : MembershipState.INVITED);
        if (!otherSideAsked) {
            return new Outcome(membership, membership.state == MembershipState.ACCEPTED);
        }
        notSuspended(forNetwork ? authority : network);
        membership.state = MembershipState.ACCEPTED;
        membership.decidedAt = clock.instant();
        authority.networkIds.add(networkId);
        authority.updatedAt = membership.decidedAt;
        AuthorityEvents.announceUpdate(outbox, authority);
        both(membership, TrustAction.MEMBERSHIP_ACCEPTED, caller, null);
        return new Outcome(membership, true);
    }

    /** Either side ends the membership, or withdraws or declines the request; a platform admin may too. */
    @Transactional
    public Membership end(UUID authorityId, UUID networkId, Caller caller) {
        caller.require(AccessPolicy.endsMembership(caller.who(), authorityId, networkId),
                "only network " + networkId + ", an admin of authority " + authorityId
                        + " or a platform admin ends this membership");
        Membership membership = Membership.find(authorityId, networkId);
        if (membership == null) {
            throw ProblemException.notFound("membership of " + authorityId + " in network", networkId);
        }
        Authority authority = Authority.existing(authorityId);
        String how = switch (membership.state) {
            case ACCEPTED -> "ended";
            case INVITED -> AccessPolicy.consentsForMember(caller.who(), authorityId) ? "invitation declined"
                    : "invitation withdrawn";
            case REQUESTED -> AccessPolicy.consentsForNetwork(caller.who(), networkId) ? "request declined"
                    : "request withdrawn";
            case ENDED -> throw new IllegalStateException("an ended membership is not stored");
        };
        if (membership.state == MembershipState.ACCEPTED) {
            authority.networkIds.remove(networkId);
            authority.updatedAt = clock.instant();
            AuthorityEvents.announceUpdate(outbox, authority);
        }
        membership.delete();
        both(membership, TrustAction.MEMBERSHIP_ENDED, caller, how);
        return membership;
    }

    /** The memberships and requests of {@code authorityId}, as a member and as a network. */
    public List<Membership> of(UUID authorityId, Caller caller) {
        caller.require(AccessPolicy.readsTrustOf(caller.who(), authorityId),
                "only the people of authority " + authorityId + " and platform admins see its memberships");
        Authority.existing(authorityId);
        return Membership.involving(authorityId);
    }

    /**
     * A network registering an authority invites it: the registration does not make it a member,
     * or a network could register a town, verify it and post in its name with nobody there agreeing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void invitedAtRegistration(Authority authority, UUID networkId, Caller caller) {
        Membership invitation = Membership.asked(authority.id, networkId, MembershipState.INVITED, caller.displayName(),
                clock.instant());
        invitation.persist();
        both(invitation, TrustAction.MEMBERSHIP_INVITED, caller, "registered by the network");
    }

    private Outcome invitedOrRequested(Authority authority, Authority network, boolean byNetwork, Caller caller) {
        Membership asked = Membership.asked(authority.id, network.id,
                byNetwork ? MembershipState.INVITED : MembershipState.REQUESTED, caller.displayName(), clock.instant());
        asked.persist();
        both(asked, byNetwork ? TrustAction.MEMBERSHIP_INVITED : TrustAction.MEMBERSHIP_REQUESTED, caller, null);
        return new Outcome(asked, false);
    }

    /** A membership concerns two authorities: it is on the trail of each, naming the other. */
    private void both(Membership membership, TrustAction action, Caller caller, String reason) {
        trail.record(membership.key.authorityId, action, caller.displayName(), membership.key.networkId, reason);
        trail.record(membership.key.networkId, action, caller.displayName(), membership.key.authorityId, reason);
    }

    private static void notSuspended(Authority side) {
        if (side.verification == Verification.SUSPENDED) {
            throw ProblemException.suspended(side.nameLatin);
        }
    }

    private static Authority network(UUID id) {
        Authority network = Authority.findById(id);
        if (network == null || network.kind != AuthorityKind.PARTNER_NETWORK && network.kind != AuthorityKind.ASSOCIATION) {
            throw ProblemException.notFound("partner network or association", id);
        }
        return network;
    }
}
