package eu.twinninghub.matching.proposal;

import eu.twinninghub.api.match.AllocationSummary;
import eu.twinninghub.matching.config.MatchingConfig;
import eu.twinninghub.matching.engine.Allocation;
import eu.twinninghub.matching.engine.Clusters;
import eu.twinninghub.matching.engine.MatchingEngine;
import eu.twinninghub.matching.engine.NeedProfile;
import eu.twinninghub.matching.engine.OfferProfile;
import eu.twinninghub.matching.engine.Scored;
import eu.twinninghub.matching.partnership.PartneredPairs;
import eu.twinninghub.service.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Turns the engine's answers into proposals. Each run allocates every open need without a pending
 * proposal to at most one offer (fairly, within the places each offer has left after its pending
 * proposals), after giving each region's offer several hromadas of the oblast it fits best
 * (cluster proposals, one per hromada); then proposes a cluster for the needs no single offer
 * could serve. A pair is never
 * proposed twice, a declined pair never again, and authorities partnered elsewhere (imported into
 * the register) never. A PostgreSQL advisory lock lets one replica
 * allocate at a time, so that two never propose for the same need at once.
 */
@ApplicationScoped
public class Proposer {

    private static final String ALLOCATION_TIME = "twinning.matching.allocation";
    private static final String PROPOSALS = "twinning.matching.proposals";

    private static final Logger LOG = Logger.getLogger(Proposer.class);
    /** The advisory lock key of the allocation, the same in every replica. */
    private static final long ALLOCATION_LOCK = 0x7477696e6e696e67L;

    private final EngineSnapshot snapshot;
    private final MatchingConfig config;
    private final MatchBoard board;
    private final MeterRegistry meters;

    @ConfigProperty(name = "twinning.allocation.enabled", defaultValue = "true")
    boolean scheduled;

    public Proposer(EngineSnapshot snapshot, MatchingConfig config, MatchBoard board, MeterRegistry meters) {
        this.snapshot = snapshot;
        this.config = config;
        this.board = board;
        this.meters = meters;
    }

    /** The engine's meters exist from the start, at zero: a dashboard's rate() has a series before the first run. */
    void registerMeters(@Observes StartupEvent start) {
        meters.timer(ALLOCATION_TIME);
        meters.counter(PROPOSALS);
    }

    @Scheduled(every = "${twinning.allocation.every:60s}", delayed = "${twinning.allocation.every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (scheduled) {
            AllocationSummary summary;
            try {
                summary = allocate();
            } catch (ProblemException e) {
                LOG.debug("allocation skipped: another replica is running it");
                return;
            }
            if (summary.proposed() > 0) {
                LOG.infof("allocation: %d proposals (%d clusters) for %d hromadas in %d ms", summary.proposed(),
                        summary.clusters(), summary.hromadas(), summary.millis());
            }
        }
    }

    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        board.expireOverdue();
    }

    public synchronized AllocationSummary allocate() {
        long started = System.nanoTime();
        MatchingEngine engine = snapshot.fresh();
        AllocationSummary summary = QuarkusTransaction.requiringNew().call(() -> run(engine, started));
        // The engine's dashboard: how long a whole allocation takes (snapshot included) and what it proposes.
        meters.timer(ALLOCATION_TIME).record(Duration.ofNanos(System.nanoTime() - started));
        meters.counter(PROPOSALS).increment(summary.proposed());
        return summary;
    }

    private AllocationSummary run(MatchingEngine engine, long started) {
        // One allocation at a time across every replica: the lock lasts as long as this transaction.
        boolean alone = (Boolean) Match.getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(" + ALLOCATION_LOCK + ")").getSingleResult();
        if (!alone) {
            throw ProblemException.conflict("an allocation is running in another replica; try again in a minute");
        }
        Set<List<UUID>> proposedBefore = new HashSet<>();
        MatchOffer.<MatchOffer>streamAll().forEach(o -> proposedBefore.add(List.of(o.match.needId, o.offerId)));
        DeclinedPair.<DeclinedPair>streamAll().forEach(d -> proposedBefore.add(List.of(d.key.needId(), d.key.offerId())));
        Set<UUID> pendingNeeds = new HashSet<>();
        Map<UUID, Integer> pendingPlaces = new HashMap<>();
        Match.<Match>stream("status", MatchStatus.PROPOSED).forEach(m -> {
            pendingNeeds.add(m.needId);
            m.offers.forEach(o -> pendingPlaces.merge(o.offerId, 1, Integer::sum));
        });
        // Authorities that are partners already elsewhere (imported into the register) are not proposed.
        Set<PartneredPairs.Pair> partnered = PartneredPairs.imported().keySet();
        BiPredicate<UUID, UUID> allowed = (need, offer) -> !pendingNeeds.contains(need)
                && !proposedBefore.contains(List.of(need, offer))
                && !partnered.contains(PartneredPairs.Pair.of(engine.need(need).orElseThrow().authorityId(),
                engine.offer(offer).orElseThrow().authorityId()));
        Map<UUID, Integer> places = new HashMap<>();
        engine.offers().forEach(o -> places.put(o.id(),
                Math.max(0, o.capacityLeft() - pendingPlaces.getOrDefault(o.id(), 0))));

        Round round = new Round(engine, places);
        proposeRegionalClusters(round, allowed);
        // A region's places went to hromadas of one oblast together (above), not one by one.
        Allocation.Result result = new Allocation(engine, config.candidatesPerNeed(), config.minScore(),
                offer -> engine.offer(offer).orElseThrow().region() ? 0 : places.getOrDefault(offer, 0))
                .fair(config.engineFairness(),
                        // An offer whose places are all taken by pending proposals would only crowd out of a
                        // need's candidates the offers that can still take it.
                        (need, offer) -> allowed.test(need, offer) && !round.served.contains(need)
                                && places.getOrDefault(offer, 0) > 0);
        for (Allocation.Assignment a : result.assignments()) {
            round.propose(a.need(), List.of(new Scored(a.offer(), a.score())), a.score(), false);
        }
        proposeNeedClusters(round, allowed);
        return new AllocationSummary(engine.needs().size(), engine.offers().size(), round.served.size(),
                round.clusters, round.hromadas.size(), round.villages.size(), Math.round(round.total),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Each region's offer with two free places or more: several hromadas of the oblast it fits best. */
    private void proposeRegionalClusters(Round round, BiPredicate<UUID, UUID> allowed) {
        Clusters clustering = new Clusters(round.engine);
        for (OfferProfile offer : round.engine.offers()) {
            int free = round.places.getOrDefault(offer.id(), 0);
            if (!offer.region() || free < 2) {
                continue;
            }
            clustering.aroundRegionalOffer(offer.id(), Math.min(free, config.regionalClusterSize()),
                            (need, candidate) -> allowed.test(need, candidate) && !round.served.contains(need))
                    .ifPresent(cluster -> cluster.needs().stream()
                            .filter(need -> need.score() >= config.minScore())
                            .forEach(need -> round.propose(need.id(), List.of(new Scored(offer.id(), need.score())),
                                    need.score(), true)));
        }
    }

    /** Needs no single offer could serve: several offers of different authorities together, where places are left. */
    private void proposeNeedClusters(Round round, BiPredicate<UUID, UUID> allowed) {
        Clusters clustering = new Clusters(round.engine);
        BiPredicate<UUID, UUID> withPlaces = (need, offer) -> allowed.test(need, offer)
                && !round.served.contains(need) && round.places.getOrDefault(offer, 0) > 0;
        for (NeedProfile need : round.engine.needs()) {
            if (round.served.contains(need.id())) {
                continue;
            }
            clustering.aroundNeed(need.id(), config.clusterSize(), withPlaces)
                    .filter(cluster -> cluster.score() >= config.minScore())
                    .ifPresent(cluster -> round.propose(need.id(), cluster.offers(), cluster.score(), true));
        }
    }

    /** What one run proposed so far, and the places it left. */
    private final class Round {
        final MatchingEngine engine;
        final Map<UUID, Integer> places;
        final Set<UUID> served = new HashSet<>();
        final Set<UUID> hromadas = new HashSet<>();
        final Set<UUID> villages = new HashSet<>();
        int clusters;
        double total;

        Round(MatchingEngine engine, Map<UUID, Integer> places) {
            this.engine = engine;
            this.places = places;
        }

        void propose(UUID need, List<Scored> offers, double score, boolean cluster) {
            NeedProfile profile = engine.need(need).orElseThrow();
            board.propose(need, profile.authorityId(), offers,
                    offers.stream().map(o -> engine.offer(o.id()).orElseThrow().authorityId()).toList(), score,
                    cluster, engine::explain);
            offers.forEach(o -> places.merge(o.id(), -1, Integer::sum));
            served.add(need);
            hromadas.add(profile.authorityId());
            if (profile.village()) {
                villages.add(profile.authorityId());
            }
            if (cluster) {
                clusters++;
            }
            total += score;
        }
    }
}
