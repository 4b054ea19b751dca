package eu.twinninghub.matching.engine;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;

/**
 * Global allocation: each need gets at most one offer, no offer more needs than its free places,
 * and the sum of scores plus the fairness term is the highest possible. Solved exactly as a
 * min-cost flow (Google OR-Tools) over the candidate pairs the index finds for each need:
 * source → offer (its free places) → need (one) → hromada → sink, where the hromada's first unit
 * carries the fairness bonus; a bypass arc lets places stay free rather than force a poor pair.
 */
public final class Allocation {

    /** One assigned pair. */
    public record Assignment(UUID need, UUID offer, double score) {
    }

    /** The assignments and what they add up to. */
    public record Result(List<Assignment> assignments, double totalScore) {
    }

    /** Scores are turned into whole hundredths for the solver. */
    private static final int PRECISION = 100;

    static {
        Loader.loadNativeLibraries();
    }

    private final MatchingEngine engine;
    private final int candidatesPerNeed;
    private final double minScore;
    private final ToIntFunction<UUID> places;

    /** {@code candidatesPerNeed} offers per need are considered; pairs under {@code minScore} never. */
    public Allocation(MatchingEngine engine, int candidatesPerNeed, double minScore) {
        this(engine, candidatesPerNeed, minScore, offer -> engine.offer(offer).orElseThrow().capacityLeft());
    }

    /** As above, with the places each offer can still take here (fewer than free while proposals await answers). */
    public Allocation(MatchingEngine engine, int candidatesPerNeed, double minScore, ToIntFunction<UUID> places) {
        this.engine = engine;
        this.candidatesPerNeed = candidatesPerNeed;
        this.minScore = minScore;
        this.places = places;
    }

    /**
     * The fairest allocation whose total score is still at least greedy's: the fairness term is
     * scaled down (halving the gap, a few times) only if at full strength it would cost total score.
     */
    public Result fair(Fairness fairness, BiPredicate<UUID, UUID> allowed) {
        List<Assignment> pairs = candidates(allowed);
        double floor = greedy(pairs).totalScore();
        Result best = optimal(pairs, fairness, 1);
        if (best.totalScore() >= floor) {
            return best;
        }
        // Strength 0 is the plain optimum, never below greedy on the same pairs.
        Result feasible = optimal(pairs, fairness, 0);
        double low = 0;
        double high = 1;
        for (int step = 0; step < 6; step++) {
            double middle = (low + high) / 2;
            Result tried = optimal(pairs, fairness, middle);
            if (tried.totalScore() >= floor) {
                feasible = tried;
                low = middle;
            } else {
                high = middle;
            }
        }
        return feasible;
    }

    /** The allocation with the highest total of scores plus the fairness term at full strength. */
    public Result optimal(Fairness fairness, BiPredicate<UUID, UUID> allowed) {
        return optimal(candidates(allowed), fairness, 1);
    }

    private Result optimal(List<Assignment> pairs, Fairness fairness, double strength) {
        Map<UUID, Integer> offerNodes = new HashMap<>();
        Map<UUID, Integer> needNodes = new HashMap<>();
        Map<UUID, Integer> hromadaNodes = new HashMap<>();
        int source = 0;
        int sink = 1;
        int[] next = {2};
        MinCostFlow flow = new MinCostFlow();
        long total = 0;
        for (Assignment pair : pairs) {
            int offer = offerNodes.computeIfAbsent(pair.offer(), id -> next[0]++);
            int need = needNodes.computeIfAbsent(pair.need(), id -> next[0]++);
            flow.addArcWithCapacityAndUnitCost(offer, need, 1, -Math.round(pair.score() * PRECISION));
        }
        for (Map.Entry<UUID, Integer> offer : offerNodes.entrySet()) {
            int free = Math.max(0, places.applyAsInt(offer.getKey()));
            flow.addArcWithCapacityAndUnitCost(source, offer.getValue(), free, 0);
            total += free;
        }
        Map<UUID, Integer> needsPerHromada = new HashMap<>();
        Map<UUID, NeedProfile> anyNeedOf = new HashMap<>();
        for (Map.Entry<UUID, Integer> need : needNodes.entrySet()) {
            NeedProfile profile = engine.need(need.getKey()).orElseThrow();
            int hromada = hromadaNodes.computeIfAbsent(profile.authorityId(), id -> next[0]++);
            flow.addArcWithCapacityAndUnitCost(need.getValue(), hromada, 1, 0);
            needsPerHromada.merge(profile.authorityId(), 1, Integer::sum);
            anyNeedOf.putIfAbsent(profile.authorityId(), profile);
        }
        for (Map.Entry<UUID, Integer> hromada : hromadaNodes.entrySet()) {
            // The bonus is the hromada's: village and population are the same on each of its needs.
            flow.addArcWithCapacityAndUnitCost(hromada.getValue(), sink, 1,
                    -Math.round(strength * fairness.bonus(anyNeedOf.get(hromada.getKey())) * PRECISION));
            int more = needsPerHromada.get(hromada.getKey()) - 1;
            if (more > 0) {
                flow.addArcWithCapacityAndUnitCost(hromada.getValue(), sink, more, 0);
            }
        }
        flow.addArcWithCapacityAndUnitCost(source, sink, total, 0);
        flow.setNodeSupply(source, total);
        flow.setNodeSupply(sink, -total);
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("the allocation could not be solved: " + status);
        }
        List<Assignment> chosen = new ArrayList<>();
        for (int arc = 0; arc < pairs.size(); arc++) {
            if (flow.getFlow(arc) > 0) {
                chosen.add(pairs.get(arc));
            }
        }
        return result(chosen);
    }

    /** Best pair first, as long as both sides are free: what a simple first-come allocation does. */
    public Result greedy(BiPredicate<UUID, UUID> allowed) {
        return greedy(candidates(allowed));
    }

    private Result greedy(List<Assignment> candidates) {
        List<Assignment> pairs = new ArrayList<>(candidates);
        pairs.sort(Comparator.comparingDouble(Assignment::score).reversed().thenComparing(Assignment::need)
                .thenComparing(Assignment::offer));
        Map<UUID, Integer> free = new HashMap<>();
        Map<UUID, Boolean> served = new HashMap<>();
        List<Assignment> chosen = new ArrayList<>();
        for (Assignment pair : pairs) {
            int left = free.computeIfAbsent(pair.offer(), places::applyAsInt);
            if (left > 0 && served.putIfAbsent(pair.need(), true) == null) {
                free.put(pair.offer(), left - 1);
                chosen.add(pair);
            }
        }
        return result(chosen);
    }

    private List<Assignment> candidates(BiPredicate<UUID, UUID> allowed) {
        // Each need's search is independent and the engine immutable: all cores help.
        return engine.needs().parallelStream()
                .flatMap(need -> engine.topOffers(need.id(), candidatesPerNeed, allowed).best().stream()
                        .filter(offer -> offer.score() >= minScore)
                        .map(offer -> new Assignment(need.id(), offer.id(), offer.score())))
                .toList();
    }

    private static Result result(List<Assignment> chosen) {
        return new Result(List.copyOf(chosen), chosen.stream().mapToDouble(Assignment::score).sum());
    }
}
