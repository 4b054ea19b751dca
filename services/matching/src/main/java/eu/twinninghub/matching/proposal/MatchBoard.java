package eu.twinninghub.matching.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.events.EventData;
import eu.twinninghub.events.match.MatchAccepted;
import eu.twinninghub.events.match.MatchDeclined;
import eu.twinninghub.events.match.MatchExpired;
import eu.twinninghub.events.match.MatchParty;
import eu.twinninghub.events.match.MatchProposed;
import eu.twinninghub.events.match.MatchReason;
import eu.twinninghub.events.match.OfferReasons;
import eu.twinninghub.matching.config.MatchingConfig;
import eu.twinninghub.matching.engine.Explanation;
import eu.twinninghub.matching.engine.Scored;
import eu.twinninghub.matching.partnership.PartnershipBoard;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The life of a proposal: PROPOSED → accepted by each side → AGREED (the partnership is
 * established in the same transaction); DECLINED by any side, with a reason, and the pair is never
 * proposed again; EXPIRED when unanswered. Only an authority's own members answer for it.
 */
@ApplicationScoped
public class MatchBoard {

    private final Outbox outbox;
    private final Clock clock;
    private final Caller caller;
    private final MatchingConfig config;
    private final ObjectMapper json;
    private final PartnershipBoard partnerships;

    public MatchBoard(Outbox outbox, Clock clock, Caller caller, MatchingConfig config, ObjectMapper json,
                      PartnershipBoard partnerships) {
        this.outbox = outbox;
        this.clock = clock;
        this.caller = caller;
        this.config = config;
        this.json = json;
        this.partnerships = partnerships;
    }

    /** Records a proposal of {@code offers} for a need; {@code explain} gives each offer's explanation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Match propose(UUID need, UUID needAuthority, List<Scored> offers, List<UUID> offerAuthorities,
                         double score, boolean cluster, BiFunction<UUID, UUID, List<Explanation>> explain) {
        Instant now = clock.instant();
        Match match = new Match();
        match.id = UUID.randomUUID();
        match.needId = need;
        match.needAuthorityId = needAuthority;
        match.score = (int) Math.round(score);
        match.cluster = cluster;
        match.status = MatchStatus.PROPOSED;
        match.proposedAt = now;
        match.expiresAt = now.plus(config.proposalTtl());
        List<OfferReasons> reasons = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            MatchOffer offer = new MatchOffer();
            offer.id = UUID.randomUUID();
            offer.match = match;
            offer.offerId = offers.get(i).id();
            offer.offerAuthorityId = offerAuthorities.get(i);
            offer.score = (int) Math.round(offers.get(i).score());
            List<Explanation> explanation = explain.apply(need, offer.offerId);
            offer.explanation = write(explanation);
            reasons.add(new OfferReasons(offer.offerId, explanation.stream().map(e -> new MatchReason(
                    e.criterion().name(), e.code(), e.params(), Math.round(e.points() * 10) / 10.0, e.max())).toList()));
            match.offers.add(offer);
        }
        match.persist();
        // The reasons travel as codes, so that each reader (inbox, e-mail, a partner's webhook) gets their own words.
        announce(new MatchProposed(match.id, new MatchParty(need, needAuthority), parties(match), match.score, cluster,
                match.expiresAt, reasons));
        return match;
    }

    @Transactional
    public Match visible(UUID id) {
        Match match = Match.findById(id);
        if (match == null || !AccessPolicy.sees(caller.who(), match.sides())) {
            throw ProblemException.notFound("match", id);
        }
        return match;
    }

    @Transactional
    public Match accept(UUID id) {
        Match match = answerable(id);
        UUID side = caller.authorityId().orElseThrow();
        Instant now = clock.instant();
        boolean accepted = false;
        if (match.needAuthorityId.equals(side)) {
            if (match.needAcceptedAt != null) {
                throw ProblemException.conflict("match " + id + ": your side accepted already, on " + match.needAcceptedAt);
            }
            match.needAcceptedAt = now;
            match.needAcceptedBy = caller.displayName();
            accepted = true;
        }
        for (MatchOffer offer : match.offers) {
            if (offer.offerAuthorityId.equals(side)) {
                if (offer.acceptedAt != null) {
                    throw ProblemException.conflict("match " + id + ": your side accepted already, on "
                            + offer.acceptedAt);
                }
                offer.acceptedAt = now;
                offer.acceptedBy = caller.displayName();
                accepted = true;
            }
        }
        if (!accepted) {
            throw ProblemException.forbidden("your authority is not a side of match " + id);
        }
        boolean agreed = match.everyoneAccepted();
        if (agreed) {
            match.status = MatchStatus.AGREED;
            match.decidedAt = now;
        }
        Match.getEntityManager().flush();
        announce(new MatchAccepted(match.id, side, agreed));
        if (agreed) {
            match.partnershipId = partnerships.establish(match).id;
        }
        return match;
    }

    @Transactional
    public Match decline(UUID id, String reason) {
        Match match = answerable(id);
        UUID side = caller.authorityId().orElseThrow();
        Instant now = clock.instant();
        match.status = MatchStatus.DECLINED;
        match.decidedAt = now;
        match.declineReason = reason.strip();
        match.declinedBy = side;
        // The need's side declines every offer of the proposal; an offering side only its own pair.
        for (MatchOffer offer : match.offers) {
            if (match.needAuthorityId.equals(side) || offer.offerAuthorityId.equals(side)) {
                DeclinedPair.record(match.needId, offer.offerId, now);
            }
        }
        announce(new MatchDeclined(match.id, side, match.declineReason));
        return match;
    }

    /** Expires the proposals left unanswered past their time; answers how many. */
    @Transactional
    public int expireOverdue() {
        List<Match> overdue = Match.list("status = ?1 and expiresAt < ?2 and heldSince is null", MatchStatus.PROPOSED,
                clock.instant());
        for (Match match : overdue) {
            match.status = MatchStatus.EXPIRED;
            match.decidedAt = clock.instant();
            List<UUID> sides = new ArrayList<>();
            sides.add(match.needAuthorityId);
            match.offers.forEach(o -> sides.add(o.offerAuthorityId));
            announce(new MatchExpired(match.id, sides));
        }
        return overdue.size();
    }

    /**
     * Holds the open proposals of {@code authority} while any of their sides is suspended, and
     * releases them once none is, with the time they were held added to their time to answer: a
     * suspension that was lifted costs the other side nothing. Called after each change of the
     * authority; calling it again changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconsiderHolds(UUID authority) {
        Instant now = clock.instant();
        List<Match> open = Match.list("from Match m where m.status = ?1 and (m.needAuthorityId = ?2 or exists"
                + " (select 1 from MatchOffer o where o.match = m and o.offerAuthorityId = ?2))", MatchStatus.PROPOSED,
                authority);
        for (Match match : open) {
            boolean suspended = match.sides().stream().anyMatch(side -> suspended(side).isPresent());
            if (suspended && match.heldSince == null) {
                match.heldSince = now;
            } else if (!suspended && match.heldSince != null) {
                match.expiresAt = match.expiresAt.plus(Duration.between(match.heldSince, now));
                match.heldSince = null;
            }
        }
    }

    /** A proposal the caller may answer now: one of its sides, a member of it, still PROPOSED and not overdue. */
    private Match answerable(UUID id) {
        Match match = visible(id);
        caller.require(AccessPolicy.answersFor(caller.who(), match.sides()),
                "only members of a side of match " + id + " answer for it");
        if (match.status != MatchStatus.PROPOSED) {
            throw ProblemException.conflict("match " + id + " is " + match.status + ": it takes no more answers");
        }
        if (match.expiresAt.isBefore(clock.instant())) {
            throw ProblemException.conflict("match " + id + " expired on " + match.expiresAt);
        }
        heldWhileSuspended(match);
        return match;
    }

    /**
     * A proposal with a suspended side is held: the suspended side may not answer in its name, and
     * the other side is not asked to commit to it until the suspension is lifted.
     */
    private void heldWhileSuspended(Match match) {
        UUID mine = caller.authorityId().orElseThrow();
        for (UUID side : new LinkedHashSet<>(match.sides())) {
            KnownAuthority known = suspended(side).orElse(null);
            if (known == null) {
                continue;
            }
            if (side.equals(mine)) {
                throw ProblemException.suspended(known.nameLatin);
            }
            throw ProblemException.conflict("match " + match.id + " is held: " + known.nameLatin
                    + " is suspended; it can be answered once the suspension is lifted");
        }
    }

    private static Optional<KnownAuthority> suspended(UUID authority) {
        KnownAuthority known = KnownAuthority.findById(authority);
        return known != null && known.verification == Verification.SUSPENDED ? Optional.of(known) : Optional.empty();
    }

    static List<MatchParty> parties(Match match) {
        return match.offers.stream().map(o -> new MatchParty(o.offerId, o.offerAuthorityId)).toList();
    }

    private void announce(EventData data) {
        outbox.add(data);
    }

    private String write(List<Explanation> explanation) {
        try {
            return json.writeValueAsString(Explanations.of(explanation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an explanation could not be written", e);
        }
    }
}
