package eu.twinninghub.matching.proposal;

import eu.twinninghub.api.match.AllocationSummary;
import eu.twinninghub.matching.engine.Allocation;
import eu.twinninghub.matching.engine.Clusters;
import eu.twinninghub.matching.engine.MatchingEngine;
import eu.twinninghub.matching.engine.NeedProfile;
import eu.twinninghub.matching.engine.Scored;
import eu.twinninghub.matching.snapshot.EngineSnapshot;
import eu.twinninghub.matching.snapshot.MatchingConfig;
import eu.twinninghub.service.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * proposals), then proposes a cluster for the needs no single offer could serve. A pair is never
 * proposed twice, and a declined pair never again. A PostgreSQL advisory lock lets one replica
 * allocate at a time, so that two never propose for the same need at once.
 */
@ApplicationScoped
public class Proposer {

    private static final Logger LOG = Logger.getLogger(Proposer.class);
    /** The advisory lock key of the allocation, the same in every replica. */
    private static final long ALLOCATION_LOCK = 0x7477696e6e696e67L;

    @Inject
    EngineSnapshot snapshot;

    @Inject
    MatchingConfig config;

    @Inject
    MatchBoard board;

    @ConfigProperty(name = "twinning.allocation.enabled", defaultValue = "true")
    boolean scheduled;

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
        return QuarkusTransaction.requiringNew().call(() -> run(engine, started));
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
        BiPredicate<UUID, UUID> allowed = (need, offer) -> !pendingNeeds.contains(need)
                && !proposedBefore.contains(List.of(need, offer));
        Map<UUID, Integer> places = new HashMap<>();
        engine.offers().forEach(o -> places.put(o.id(),
                Math.max(0, o.capacityLeft() - pendingPlaces.getOrDefault(o.id(), 0))));

        Allocation.Result result = new Allocation(engine, config.candidatesPerNeed(), config.minScore(),
                offer -> places.getOrDefault(offer, 0)).fair(config.engineFairness(), allowed);
        Set<UUID> served = new HashSet<>();
        Set<UUID> hromadas = new HashSet<>();
        Set<UUID> villages = new HashSet<>();
        long total = 0;
        for (Allocation.Assignment a : result.assignments()) {
            NeedProfile need = engine.need(a.need()).orElseThrow();
            board.propose(a.need(), need.authorityId(), List.of(new Scored(a.offer(), a.score())),
                    List.of(engine.offer(a.offer()).orElseThrow().authorityId()), a.score(), false, engine::explain);
            places.merge(a.offer(), -1, Integer::sum);
            served.add(a.need());
            hromadas.add(need.authorityId());
            if (need.village()) {
                villages.add(need.authorityId());
            }
            total += Math.round(a.score());
        }
        int clusters = 0;
        Clusters clustering = new Clusters(engine);
        BiPredicate<UUID, UUID> withPlaces = (need, offer) -> allowed.test(need, offer) && !served.contains(need)
                && places.getOrDefault(offer, 0) > 0;
        for (NeedProfile need : engine.needs()) {
            if (served.contains(need.id()) || pendingNeeds.contains(need.id())) {
                continue;
            }
            var cluster = clustering.aroundNeed(need.id(), config.clusterSize(), withPlaces);
            if (cluster.isEmpty() || cluster.get().score() < config.minScore()) {
                continue;
            }
            List<Scored> offers = cluster.get().offers();
            board.propose(need.id(), need.authorityId(), offers,
                    offers.stream().map(o -> engine.offer(o.id()).orElseThrow().authorityId()).toList(),
                    cluster.get().score(), true, engine::explain);
            offers.forEach(o -> places.merge(o.id(), -1, Integer::sum));
            served.add(need.id());
            hromadas.add(need.authorityId());
            clusters++;
        }
        return new AllocationSummary(engine.needs().size(), engine.offers().size(), served.size(), clusters,
                hromadas.size(), villages.size(), total, (System.nanoTime() - started) / 1_000_000);
    }
}
