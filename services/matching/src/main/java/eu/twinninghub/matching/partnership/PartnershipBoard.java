package eu.twinninghub.matching.partnership;

import eu.twinninghub.api.partnership.MilestoneInput;
import eu.twinninghub.api.partnership.PartnershipPlan;
import eu.twinninghub.api.partnership.PartnershipStatusRequest;
import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.api.taxonomy.Taxonomy;
import eu.twinninghub.events.EventData;
import eu.twinninghub.events.match.MatchParty;
import eu.twinninghub.events.partnership.PartnershipCancelled;
import eu.twinninghub.events.partnership.PartnershipCompleted;
import eu.twinninghub.events.partnership.PartnershipDormant;
import eu.twinninghub.events.partnership.PartnershipEstablished;
import eu.twinninghub.matching.config.MatchingConfig;
import eu.twinninghub.matching.events.OpenNeed;
import eu.twinninghub.matching.events.OpenOffer;
import eu.twinninghub.matching.proposal.EngineSnapshot;
import eu.twinninghub.matching.proposal.Match;
import eu.twinninghub.matching.proposal.MatchOffer;
import eu.twinninghub.reference.ReferenceData;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The life of a partnership, from the moment every side agreed. Its parties move it along and post
 * progress; silence for too long makes it DORMANT (a reminder to both sides), the next update
 * makes it ACTIVE again. Ending it gives the offers' places back, and a cancelled one reopens the
 * need, here and (through the events) in needs-offers.
 */
@ApplicationScoped
public class PartnershipBoard {

    private final Outbox outbox;
    private final Clock clock;
    private final Caller caller;
    private final EngineSnapshot snapshot;
    private final MatchingConfig config;

    public PartnershipBoard(Outbox outbox, Clock clock, Caller caller, EngineSnapshot snapshot, MatchingConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.caller = caller;
        this.snapshot = snapshot;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Partnership establish(Match match) {
        Instant now = clock.instant();
        Partnership partnership = new Partnership();
        partnership.id = UUID.randomUUID();
        partnership.matchId = match.id;
        partnership.needId = match.needId;
        partnership.status = PartnershipStatus.ESTABLISHED;
        partnership.establishedAt = now;
        partnership.lastProgressAt = now;
        OpenNeed need = OpenNeed.findById(match.needId);
        if (need != null) {
            partnership.themes.add(need.sector);
            need.open = false;
        }
        // Each side's consent is its answer to the proposal; the need's hromada and the best-fitting
        // offer's authority coordinate their teams (offers come best first).
        PartnershipParty needSide = PartnershipParty.agreed(partnership, PartnershipParty.NEED, Team.RECEIVING,
                match.needAuthorityId, match.needId, match.needAcceptedAt, match.needAcceptedBy);
        needSide.invitedAt = match.proposedAt;
        needSide.coordinator = true;
        partnership.parties.add(needSide);
        for (MatchOffer offer : match.offers) {
            PartnershipParty offerSide = PartnershipParty.agreed(partnership, PartnershipParty.OFFER, Team.SUPPORTING,
                    offer.offerAuthorityId, offer.offerId, offer.acceptedAt, offer.acceptedBy);
            offerSide.invitedAt = match.proposedAt;
            offerSide.coordinator = offer == match.offers.get(0);
            partnership.parties.add(offerSide);
            OpenOffer open = OpenOffer.findById(offer.offerId);
            if (open != null) {
                open.partners++;
            }
        }
        partnership.persist();
        snapshot.changed();
        Partnership.getEntityManager().flush();
        announce(new PartnershipEstablished(partnership.id, match.id, needParty(partnership), offerParties(partnership),
                List.copyOf(partnership.themes)));
        return partnership;
    }

    @Transactional
    public Partnership find(UUID id) {
        Partnership partnership = Partnership.findById(id);
        if (partnership == null) {
            throw ProblemException.notFound("partnership", id);
        }
        return partnership;
    }

    @Transactional
    public Partnership plan(UUID id, PartnershipPlan plan) {
        Partnership partnership = asParty(id);
        if (plan.version() != partnership.version) {
            throw ProblemException.staleVersion("partnership " + id, plan.version(), partnership.version);
        }
        if (partnership.status.isFinal()) {
            throw ProblemException.conflict("partnership " + id + " is " + partnership.status + ": its plan is final");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < plan.themes().size(); i++) {
            if (!Taxonomy.standard().isSector(plan.themes().get(i))) {
                violations.add(new Problem.Violation("themes[" + i + "]", "is not a sector of the taxonomy"));
            }
        }
        List<String> programmes = plan.fundingProgrammes() == null ? List.of() : plan.fundingProgrammes();
        for (int i : ReferenceData.unknownFundingProgrammes(programmes)) {
            violations.add(new Problem.Violation("fundingProgrammes[" + i + "]",
                    "is not a programme of the platform's list: " + ReferenceData.fundingProgrammeIds()));
        }
        if (plan.startDate() != null && plan.endDate() != null && plan.endDate().isBefore(plan.startDate())) {
            violations.add(new Problem.Violation("endDate", "must not be before startDate"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        partnership.goals = plan.goals() == null || plan.goals().isBlank() ? null : plan.goals().strip();
        partnership.themes = new ArrayList<>(plan.themes().stream().distinct().toList());
        partnership.startDate = plan.startDate();
        partnership.endDate = plan.endDate();
        partnership.fundingProgrammes = new ArrayList<>(programmes.stream().distinct().toList());
        partnership.dreamProjectId = plan.dreamProjectId() == null || plan.dreamProjectId().isBlank() ? null
                : plan.dreamProjectId().strip();
        return partnership;
    }

    @Transactional
    public Partnership changeStatus(UUID id, PartnershipStatusRequest request) {
        PartnershipStatus next;
        try {
            next = PartnershipStatus.valueOf(request.status());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(PartnershipStatus.values()));
        }
        Partnership partnership = asParty(id);
        var allowed = partnership.status.next(international(partnership));
        if (!allowed.contains(next)) {
            throw ProblemException.conflict("partnership " + id + " is " + partnership.status
                    + "; from there it can move to " + (allowed.isEmpty() ? "nothing: it is final" : allowed));
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (next == PartnershipStatus.CANCELLED && reason == null) {
            throw ProblemException.invalid("reason", "is required to cancel a partnership: the other side is told why");
        }
        LocalDate date = request.date() != null ? request.date() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        happened(date, "it records what happened");
        switch (next) {
            case MOU_SIGNED -> {
                partnership.mouSignedOn = date;
                if (!partnership.reached(PartnershipMilestone.Kind.MOU_SIGNED)) {
                    milestone(partnership, PartnershipMilestone.Kind.MOU_SIGNED, date, null);
                }
            }
            case AGREEMENT_APPROVED -> partnership.agreementApprovedOn = date;
            case ACTIVE -> partnership.activeSince = date;
            case COMPLETED, CANCELLED -> {
                partnership.endedOn = date;
                partnership.endReason = reason;
            }
            default -> {
            }
        }
        partnership.status = next;
        if (next.isFinal()) {
            end(partnership, next == PartnershipStatus.CANCELLED);
        }
        return partnership;
    }

    @Transactional
    public Partnership addUpdate(UUID id, String text) {
        Partnership partnership = asParty(id);
        if (partnership.status.isFinal()) {
            throw ProblemException.conflict("partnership " + id + " is " + partnership.status + ": it takes no updates");
        }
        ProgressUpdate update = new ProgressUpdate();
        update.id = UUID.randomUUID();
        update.partnership = partnership;
        update.authorityId = caller.authorityId().orElseThrow();
        update.postedBy = caller.displayName();
        update.postedAt = clock.instant();
        update.text = text.strip();
        partnership.updates.add(update);
        progressed(partnership, update.postedAt);
        return partnership;
    }

    /**
     * Records a milestone a member reports. The memorandum is the step MOU_SIGNED too: recorded here
     * first, it moves an ESTABLISHED partnership on, and dates one made elsewhere.
     */
    @Transactional
    public Partnership recordMilestone(UUID id, MilestoneInput input) {
        Partnership partnership = asParty(id);
        if (partnership.status.isFinal()) {
            throw ProblemException.conflict("partnership " + id + " is " + partnership.status
                    + ": it takes no milestones");
        }
        PartnershipMilestone.Kind kind = PartnershipMilestone.Kind.valueOf(input.kind());
        happened(input.date(), "a milestone is what happened");
        if (kind.once() && partnership.reached(kind)) {
            throw ProblemException.conflict("partnership " + id + " has its " + kind + " milestone already");
        }
        if (kind == PartnershipMilestone.Kind.MOU_SIGNED) {
            if (partnership.status == PartnershipStatus.ESTABLISHED) {
                partnership.status = PartnershipStatus.MOU_SIGNED;
            }
            if (partnership.mouSignedOn == null) {
                partnership.mouSignedOn = input.date();
            }
        }
        milestone(partnership, kind, input.date(), input.link());
        progressed(partnership, clock.instant());
        return partnership;
    }

    private void milestone(Partnership partnership, PartnershipMilestone.Kind kind, LocalDate date, String link) {
        PartnershipMilestone milestone = new PartnershipMilestone();
        milestone.id = UUID.randomUUID();
        milestone.partnership = partnership;
        milestone.kind = kind;
        milestone.date = date;
        milestone.link = link == null || link.isBlank() ? null : link.strip();
        milestone.authorityId = caller.authorityId().orElse(null);
        milestone.recordedBy = caller.displayName();
        milestone.recordedAt = clock.instant();
        partnership.milestones.add(milestone);
    }

    /** A day's grace: a date written in Kyiv may already be tomorrow in UTC. */
    private void happened(LocalDate date, String why) {
        if (date.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1))) {
            throw ProblemException.invalid("date", "must not be in the future: " + why);
        }
    }

    /**
     * Two authorities wrote to each other: a sign of life of every partnership they are both members
     * of, as an update is, so that partners who talk are not reminded that they are silent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void talked(UUID one, UUID other, Instant at) {
        Partnership.<Partnership>list("""
                        select p from Partnership p where p.status not in ?3
                         and exists (select 1 from PartnershipParty a where a.partnership = p and a.authorityId = ?1
                                     and a.consentedAt is not null and a.leftAt is null)
                         and exists (select 1 from PartnershipParty b where b.partnership = p and b.authorityId = ?2
                                     and b.consentedAt is not null and b.leftAt is null)""",
                one, other, EnumSet.of(PartnershipStatus.COMPLETED, PartnershipStatus.CANCELLED))
                .forEach(partnership -> progressed(partnership, at));
    }

    /** News of a partnership: it is not silent any more, and a DORMANT one is ACTIVE again. */
    private static void progressed(Partnership partnership, Instant at) {
        partnership.lastProgressAt = at;
        partnership.dormantSince = null;
        if (partnership.status == PartnershipStatus.DORMANT) {
            partnership.status = PartnershipStatus.ACTIVE;
        }
    }

    /** Reminds the sides of every ACTIVE partnership silent for too long, once per silence; answers how many. */
    @Transactional
    public int markDormant() {
        Instant now = clock.instant();
        List<Partnership> silent = Partnership.list("status = ?1 and lastProgressAt < ?2", PartnershipStatus.ACTIVE,
                now.minus(config.dormantAfter()));
        for (Partnership partnership : silent) {
            partnership.status = PartnershipStatus.DORMANT;
            partnership.dormantSince = now;
            announce(new PartnershipDormant(partnership.id, partnership.sides(),
                    partnership.lastProgressAt));
        }
        return silent.size();
    }

    private void end(Partnership partnership, boolean cancelled) {
        if (partnership.imported()) {
            // It joined no need or offer, so nothing is released; its pair may be proposed again.
            snapshot.changed();
            return;
        }
        for (PartnershipParty offer : partnership.offerParties()) {
            OpenOffer open = OpenOffer.findById(offer.itemId);
            if (open != null) {
                open.partners = Math.max(0, open.partners - 1);
            }
        }
        if (cancelled) {
            OpenNeed need = OpenNeed.findById(partnership.needId);
            if (need != null) {
                need.open = true;
            }
        }
        snapshot.changed();
        Partnership.getEntityManager().flush();
        announce(cancelled
                ? new PartnershipCancelled(partnership.id, needParty(partnership), offerParties(partnership),
                partnership.endReason, partnership.sides())
                : new PartnershipCompleted(partnership.id, needParty(partnership), offerParties(partnership),
                partnership.sides()));
    }

    /** A foreign authority is a party: the Ukrainian side needs the ministry's approval of the agreement. */
    public static boolean international(Partnership partnership) {
        return partnership.members().stream().map(p -> KnownAuthority.<KnownAuthority>findById(p.authorityId))
                .anyMatch(a -> a == null || !a.isUkrainian());
    }

    private Partnership asParty(UUID id) {
        Partnership partnership = find(id);
        caller.require(AccessPolicy.answersFor(caller.who(), partnership.sides()),
                "only members of a party of partnership " + id + " change it");
        return partnership;
    }

    private static MatchParty needParty(Partnership partnership) {
        PartnershipParty need = partnership.needParty();
        return new MatchParty(need.itemId, need.authorityId);
    }

    private static List<MatchParty> offerParties(Partnership partnership) {
        return partnership.offerParties().stream().map(p -> new MatchParty(p.itemId, p.authorityId)).toList();
    }

    private void announce(EventData data) {
        outbox.add(data);
    }
}
