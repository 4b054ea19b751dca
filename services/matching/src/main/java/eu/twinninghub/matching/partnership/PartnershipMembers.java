package eu.twinninghub.matching.partnership;

import eu.twinninghub.events.partnership.PartnershipMembershipChanged;
import eu.twinninghub.matching.events.OpenOffer;
import eu.twinninghub.matching.proposal.EngineSnapshot;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is in a partnership, over its life. A team's coordinator invites; only the invited authority's
 * own people can say yes, since joining commits it. A member leaves when it wants to, or its
 * coordinator removes it, and says why. Each team keeps a coordinator and at least one member: a
 * partnership that loses a side is ended by its status, not emptied. Nothing is deleted, so the rows
 * are the history.
 */
@ApplicationScoped
public class PartnershipMembers {

    private final PartnershipBoard board;
    private final Outbox outbox;
    private final Clock clock;
    private final Caller caller;
    private final EngineSnapshot snapshot;

    public PartnershipMembers(PartnershipBoard board, Outbox outbox, Clock clock, Caller caller,
                              EngineSnapshot snapshot) {
        this.board = board;
        this.outbox = outbox;
        this.clock = clock;
        this.caller = caller;
        this.snapshot = snapshot;
    }

    @Transactional
    public Partnership invite(UUID id, UUID authorityId, Team team) {
        Partnership partnership = open(id);
        asCoordinator(partnership, team, "invites to it");
        KnownAuthority invited = KnownAuthority.findById(authorityId);
        if (invited == null) {
            throw ProblemException.invalid("authorityId", "is not an authority of the register");
        }
        if (!invited.isVerified()) {
            throw ProblemException.invalid("authorityId", "is not a verified authority: a partnership is public,"
                    + " and its members must be who they say they are");
        }
        if (team == Team.RECEIVING && !invited.isUkrainian()) {
            throw ProblemException.invalid("authorityId", "must be a Ukrainian authority to join the RECEIVING team");
        }
        partnership.presence(authorityId).ifPresent(present -> {
            throw ProblemException.conflict("authority " + authorityId + " is "
                    + (present.current() ? "a member" : "invited") + " already, on the " + present.team + " team");
        });
        partnership.parties.add(PartnershipParty.invitation(partnership, team, authorityId, clock.instant(),
                caller.displayName()));
        announce(partnership, authorityId, team, PartnershipMembershipChanged.INVITED, null);
        return partnership;
    }

    @Transactional
    public Partnership consent(UUID id, UUID authorityId) {
        Partnership partnership = open(id);
        caller.require(AccessPolicy.answersFor(caller.who(), List.of(authorityId)),
                "only the invited authority's own people accept for it");
        PartnershipParty party = partnership.presence(authorityId).orElseThrow(() -> ProblemException.notFound(
                "invitation of authority " + authorityId + " to partnership", id));
        if (party.current()) {
            throw ProblemException.conflict("authority " + authorityId + " is a member already, since "
                    + party.consentedAt);
        }
        party.consentedAt = clock.instant();
        party.consentedBy = caller.displayName();
        snapshot.changed();
        announce(partnership, authorityId, party.team, PartnershipMembershipChanged.JOINED, null);
        return partnership;
    }

    @Transactional
    public Partnership depart(UUID id, UUID authorityId, String reason) {
        Partnership partnership = open(id);
        PartnershipParty party = partnership.presence(authorityId).orElseThrow(() -> ProblemException.notFound(
                "member or invitation of authority " + authorityId + " in partnership", id));
        caller.require(AccessPolicy.endsPlace(caller.who(), authorityId,
                partnership.coordinator(party.team).map(c -> c.authorityId)),
                "only the authority itself, or its team's coordinator, ends its place");
        boolean itself = AccessPolicy.answersFor(caller.who(), List.of(authorityId));
        String change;
        if (party.invited()) {
            change = itself ? PartnershipMembershipChanged.DECLINED : PartnershipMembershipChanged.REMOVED;
        } else {
            if (party.coordinator && partnership.members(party.team).size() > 1) {
                throw ProblemException.conflict("authority " + authorityId + " coordinates the " + party.team
                        + " team: hand the coordination to another member first");
            }
            if (partnership.members(party.team).size() == 1) {
                throw ProblemException.conflict("authority " + authorityId + " is the last member of the " + party.team
                        + " team: cancel or complete the partnership instead");
            }
            change = itself ? PartnershipMembershipChanged.LEFT : PartnershipMembershipChanged.REMOVED;
            releaseOffer(party);
            snapshot.changed();
        }
        party.leftAt = clock.instant();
        party.leftBy = caller.displayName();
        party.leftReason = reason.strip();
        announce(partnership, authorityId, party.team, change, party.leftReason);
        return partnership;
    }

    @Transactional
    public Partnership handOver(UUID id, Team team, UUID authorityId) {
        Partnership partnership = open(id);
        PartnershipParty coordinator = asCoordinator(partnership, team, "hands it over");
        PartnershipParty next = partnership.members(team).stream().filter(p -> p.authorityId.equals(authorityId))
                .findFirst().orElseThrow(() -> ProblemException.invalid("authorityId",
                        "must be a member of the " + team + " team that consented"));
        if (next == coordinator) {
            return partnership;
        }
        coordinator.coordinator = false;
        // The partial unique index allows one coordinator per team: the old one goes before the new one comes.
        Partnership.getEntityManager().flush();
        next.coordinator = true;
        announce(partnership, authorityId, team, PartnershipMembershipChanged.COORDINATOR, null);
        return partnership;
    }

    /** The coordinator of {@code team}, for whom the caller must answer to do what {@code does}. */
    private PartnershipParty asCoordinator(Partnership partnership, Team team, String does) {
        PartnershipParty coordinator = partnership.coordinator(team).orElseThrow(() -> ProblemException.conflict(
                "partnership " + partnership.id + " has no coordinator on its " + team + " team"));
        caller.require(AccessPolicy.coordinates(caller.who(), Optional.of(coordinator.authorityId)),
                "only the coordinator of the " + team + " team " + does);
        return coordinator;
    }

    private Partnership open(UUID id) {
        Partnership partnership = board.find(id);
        if (partnership.status.isFinal()) {
            throw ProblemException.conflict("partnership " + id + " is " + partnership.status
                    + ": its members are final");
        }
        return partnership;
    }

    /** An offer's place was taken by its authority's membership: leaving gives it back. */
    private static void releaseOffer(PartnershipParty party) {
        if (PartnershipParty.OFFER.equals(party.side) && party.itemId != null) {
            OpenOffer offer = OpenOffer.findById(party.itemId);
            if (offer != null) {
                offer.partners = Math.max(0, offer.partners - 1);
            }
        }
    }

    private void announce(Partnership partnership, UUID authority, Team team, String change, String reason) {
        outbox.add(new PartnershipMembershipChanged(partnership.id, authority, team.name(), change,
                caller.displayName(), reason, partnership.sides()));
    }
}
