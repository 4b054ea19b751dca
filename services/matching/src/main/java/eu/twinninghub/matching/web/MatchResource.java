package eu.twinninghub.matching.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.twinninghub.api.match.AllocationSummary;
import eu.twinninghub.api.match.Candidate;
import eu.twinninghub.api.match.CriterionScore;
import eu.twinninghub.api.match.DeclineRequest;
import eu.twinninghub.api.match.MatchApi;
import eu.twinninghub.api.match.MatchSide;
import eu.twinninghub.api.match.MatchView;
import eu.twinninghub.api.match.RegionalCluster;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.matching.engine.Clusters;
import eu.twinninghub.matching.engine.MatchingEngine;
import eu.twinninghub.matching.engine.Scored;
import eu.twinninghub.matching.events.OpenNeed;
import eu.twinninghub.matching.events.OpenOffer;
import eu.twinninghub.matching.proposal.DeclinedPair;
import eu.twinninghub.matching.proposal.EngineSnapshot;
import eu.twinninghub.matching.proposal.Explanations;
import eu.twinninghub.matching.proposal.Match;
import eu.twinninghub.matching.proposal.MatchBoard;
import eu.twinninghub.matching.proposal.MatchOffer;
import eu.twinninghub.matching.proposal.MatchStatus;
import eu.twinninghub.matching.proposal.Proposer;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.security.Roles;
import eu.twinninghub.service.web.Keyset;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

public class MatchResource implements MatchApi {

    private static final TypeReference<List<CriterionScore>> EXPLANATION = new TypeReference<>() {
    };

    private final MatchBoard board;
    private final Proposer proposer;
    private final EngineSnapshot snapshot;
    private final Caller caller;
    private final ObjectMapper json;
    private final ReaderLanguage reader;

    public MatchResource(MatchBoard board, Proposer proposer, EngineSnapshot snapshot, Caller caller,
                         ObjectMapper json, ReaderLanguage reader) {
        this.board = board;
        this.proposer = proposer;
        this.snapshot = snapshot;
        this.caller = caller;
        this.json = json;
        this.reader = reader;
    }

    @Override
    @Authenticated
    @Transactional
    public Page<MatchView> list(UUID need, UUID offer, String status, String cursor, int limit) {
        UUID mine = caller.isPlatformAdmin() ? null : caller.authorityId().orElse(new UUID(0, 0));
        Keyset.Query query = Keyset.Query.of("select distinct m from Match m join m.offers o")
                .filter("(m.needAuthorityId = :mine or o.offerAuthorityId = :mine)", "mine", mine)
                .filter("m.needId = :need", "need", need)
                .filter("o.offerId = :offer", "offer", offer)
                .filter("m.status = :status", "status", status == null ? null : MatchStatus.valueOf(status))
                .newestFirst("m.proposedAt", "m.id", cursor, Instant::parse, UUID::fromString);
        List<Match> rows = Match.<Match>find(query.text(), query.params()).range(0, limit).list();
        Map<UUID, String> names = namesOf(rows);
        return Keyset.page(rows, limit, last -> Keyset.cursor(last.proposedAt, last.id), m -> view(m, names));
    }

    @Override
    @Authenticated
    @Transactional
    public MatchView get(UUID id) {
        return view(board.visible(id));
    }

    @Override
    @Authenticated
    public MatchView accept(UUID id) {
        return viewInTransaction(board.accept(id).id);
    }

    @Override
    @Authenticated
    public MatchView decline(UUID id, DeclineRequest request) {
        return viewInTransaction(board.decline(id, request.reason()).id);
    }

    @Override
    @Transactional
    public List<Candidate> offersForNeed(UUID need, int limit) {
        MatchingEngine engine = engineWithNeed(need);
        Set<UUID> declined = DeclinedPair.offersDeclinedWith(need);
        return engine.topOffers(need, limit, (n, o) -> !declined.contains(o)).best().stream()
                .map(s -> candidate(engine, s, need, s.id(), engine.offer(s.id()).orElseThrow().authorityId())).toList();
    }

    @Override
    @Transactional
    public List<Candidate> needsForOffer(UUID offer, int limit) {
        MatchingEngine engine = engineWithOffer(offer);
        Set<UUID> declined = DeclinedPair.needsDeclinedWith(offer);
        return engine.topNeeds(offer, limit, (n, o) -> !declined.contains(n)).best().stream()
                .map(s -> candidate(engine, s, s.id(), offer, engine.need(s.id()).orElseThrow().authorityId())).toList();
    }

    @Override
    @Transactional
    public RegionalCluster regionalCluster(UUID offer, int size) {
        MatchingEngine engine = engineWithOffer(offer);
        Set<UUID> declined = DeclinedPair.needsDeclinedWith(offer);
        return new Clusters(engine).aroundRegionalOffer(offer, size, (n, o) -> !declined.contains(n))
                .map(c -> new RegionalCluster(offer, c.oblast(), c.needs().stream()
                        .map(s -> candidate(engine, s, s.id(), offer, engine.need(s.id()).orElseThrow().authorityId()))
                        .toList()))
                .orElse(new RegionalCluster(offer, null, List.of()));
    }

    @Override
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public AllocationSummary allocate() {
        return proposer.allocate();
    }

    /**
     * The read model decides whether the need is open (the snapshot may be a second behind it); a
     * need published a moment ago waits for a snapshot that holds it rather than answering 404.
     */
    private MatchingEngine engineWithNeed(UUID need) {
        OpenNeed open = OpenNeed.findById(need);
        MatchingEngine engine = open == null || !open.open ? null : snapshot.holding(e -> e.need(need).isPresent());
        if (engine == null || engine.need(need).isEmpty()) {
            throw ProblemException.notFound("open need", need);
        }
        return engine;
    }

    private MatchingEngine engineWithOffer(UUID offer) {
        OpenOffer open = OpenOffer.findById(offer);
        MatchingEngine engine = open == null || !open.open || open.capacityLeft() == 0 ? null
                : snapshot.holding(e -> e.offer(offer).isPresent());
        if (engine == null || engine.offer(offer).isEmpty()) {
            throw ProblemException.notFound("open offer with free places", offer);
        }
        return engine;
    }

    /** A ranked need or offer ({@code scored}) with the explanation of the pair it stands in. */
    private Candidate candidate(MatchingEngine engine, Scored scored, UUID need, UUID offer, UUID authority) {
        Locale locale = reader.locale();
        return new Candidate(scored.id(), authority, (int) Math.round(scored.score()),
                Explanations.of(engine.explain(need, offer)).stream().map(c -> c.in(locale)).toList());
    }

    private MatchView viewInTransaction(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> view(Match.findById(id)));
    }

    MatchView view(Match m) {
        return view(m, namesOf(List.of(m)));
    }

    /** {@code names}: the names of the authorities of every side, read for the whole page at once. */
    private MatchView view(Match m, Map<UUID, String> names) {
        List<MatchSide> offers = new ArrayList<>();
        for (MatchOffer o : m.offers) {
            offers.add(new MatchSide(o.offerId, o.offerAuthorityId, names.get(o.offerAuthorityId), o.score,
                    explanation(o.explanation), o.acceptedAt));
        }
        MatchSide need = new MatchSide(m.needId, m.needAuthorityId, names.get(m.needAuthorityId), null, List.of(),
                m.needAcceptedAt);
        return new MatchView(m.id, need, offers, m.score, m.cluster, m.status.name(), m.proposedAt, m.expiresAt,
                m.heldSince, m.decidedAt, m.declineReason, m.partnershipId, m.version);
    }

    /** A stored explanation, its reasons in the caller's language. */
    private List<CriterionScore> explanation(String stored) {
        Locale locale = reader.locale();
        try {
            return json.<List<CriterionScore>>readValue(stored, EXPLANATION).stream().map(c -> c.in(locale)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("a stored explanation could not be read", e);
        }
    }

    /** The names of every side of {@code matches}, in one query. */
    private static Map<UUID, String> namesOf(Collection<Match> matches) {
        Set<UUID> ids = new HashSet<>();
        matches.forEach(m -> ids.addAll(m.sides()));
        Map<UUID, String> names = new HashMap<>();
        KnownAuthority.<KnownAuthority>list("id in ?1", ids).forEach(known -> names.put(known.id, known.nameLatin));
        return names;
    }
}
