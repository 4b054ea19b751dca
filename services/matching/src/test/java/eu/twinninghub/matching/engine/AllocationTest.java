package eu.twinninghub.matching.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Global allocation against greedy on generated data shaped like the platform's (far more needs
 * than places, EU towns larger than most hromadas): at least greedy's total score, never over an
 * offer's capacity, never a need twice, and more hromadas — and more village hromadas — served.
 */
class AllocationTest {

    @Test
    void fairAllocationServesMoreHromadasAndVillagesWithoutLosingScore() {
        Generated generated = new Generated(42, 600);
        List<NeedProfile> needs = generated.needs(3_000);
        List<OfferProfile> offers = generated.offers(400);
        MatchingEngine engine = MatchingEngine.build(needs, offers, Relations.NONE, Weights.DEFAULT);
        Allocation allocation = new Allocation(engine, 10, 30);

        Allocation.Result greedy = allocation.greedy((n, o) -> true);
        Allocation.Result fair = allocation.fair(Fairness.DEFAULT, (n, o) -> true);

        assertTrue(fair.totalScore() >= greedy.totalScore(),
                "total score " + fair.totalScore() + " against greedy's " + greedy.totalScore());
        Map<UUID, Long> used = fair.assignments().stream()
                .collect(Collectors.groupingBy(Allocation.Assignment::offer, Collectors.counting()));
        for (OfferProfile offer : offers) {
            assertTrue(used.getOrDefault(offer.id(), 0L) <= offer.capacityLeft(), "offer " + offer.id());
        }
        assertTrue(fair.assignments().stream().map(Allocation.Assignment::need).distinct().count()
                == fair.assignments().size(), "a need is assigned once at most");
        Map<UUID, NeedProfile> byId = new HashMap<>();
        needs.forEach(n -> byId.put(n.id(), n));
        Set<UUID> fairHromadas = hromadas(fair, byId, false);
        Set<UUID> greedyHromadas = hromadas(greedy, byId, false);
        Set<UUID> fairVillages = hromadas(fair, byId, true);
        Set<UUID> greedyVillages = hromadas(greedy, byId, true);
        assertTrue(fairHromadas.size() > greedyHromadas.size(),
                fairHromadas.size() + " hromadas served against greedy's " + greedyHromadas.size());
        assertTrue(fairVillages.size() > greedyVillages.size(),
                fairVillages.size() + " village hromadas served against greedy's " + greedyVillages.size());
    }

    @Test
    void withoutTheFairnessTermTheOptimumIsTheHighestTotal() {
        Generated generated = new Generated(5, 200);
        MatchingEngine engine = MatchingEngine.build(generated.needs(800), generated.offers(150), Relations.NONE,
                Weights.DEFAULT);
        Allocation allocation = new Allocation(engine, 10, 0);
        assertTrue(allocation.optimal(Fairness.NONE, (n, o) -> true).totalScore() + 1e-6
                >= allocation.greedy((n, o) -> true).totalScore());
    }

    private static Set<UUID> hromadas(Allocation.Result result, Map<UUID, NeedProfile> needs, boolean villagesOnly) {
        return result.assignments().stream().map(a -> needs.get(a.need()))
                .filter(n -> !villagesOnly || n.village())
                .map(NeedProfile::authorityId).collect(Collectors.toSet());
    }
}
