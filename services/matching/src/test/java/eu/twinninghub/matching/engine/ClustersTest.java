package eu.twinninghub.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClustersTest {

    private static OfferProfile offer(UUID authority, Set<String> modes, boolean region) {
        return new OfferProfile(UUID.randomUUID(), authority, Set.of("energy"), Set.of(), modes, List.of("heating"),
                "district heating", Set.of("en"), 3, 3, 50_000L, region);
    }

    private static NeedProfile need(UUID hromada, UUID oblast, Set<String> modes) {
        return new NeedProfile(UUID.randomUUID(), hromada, "energy", Set.of(), modes, List.of("heating"),
                "heating", Set.of("en"), 1, 8_000L, oblast, true);
    }

    @Test
    void severalAuthoritiesTogetherGiveWhatNoSingleOfferGives() {
        NeedProfile need = need(UUID.randomUUID(), UUID.randomUUID(),
                Set.of("equipment", "capacity-building", "expert-secondment"));
        UUID town = UUID.randomUUID();
        OfferProfile equipment = offer(town, Set.of("equipment"), false);
        OfferProfile sameTownTraining = offer(town, Set.of("capacity-building"), false);
        OfferProfile training = offer(UUID.randomUUID(), Set.of("capacity-building"), false);
        OfferProfile experts = offer(UUID.randomUUID(), Set.of("expert-secondment", "equipment"), false);
        MatchingEngine engine = MatchingEngine.build(List.of(need),
                List.of(equipment, sameTownTraining, training, experts), Relations.NONE, Weights.DEFAULT);
        var cluster = new Clusters(engine).aroundNeed(need.id(), 3, (n, o) -> true).orElseThrow();
        assertEquals(1.0, cluster.supportCovered(), 1e-9);
        Set<UUID> members = cluster.offers().stream().map(Scored::id).collect(Collectors.toSet());
        assertTrue(members.contains(experts.id()), "the offer covering most comes first");
        assertEquals(2, members.size(), "two authorities suffice: " + members);
        double best = cluster.offers().stream().mapToDouble(Scored::score).max().orElseThrow();
        assertTrue(cluster.score() > best, "together they score above any one of them");
    }

    @Test
    void noClusterWhenOneOfferGivesEverything() {
        NeedProfile need = need(UUID.randomUUID(), UUID.randomUUID(), Set.of("equipment"));
        MatchingEngine engine = MatchingEngine.build(List.of(need), List.of(offer(UUID.randomUUID(),
                Set.of("equipment"), false), offer(UUID.randomUUID(), Set.of("equipment"), false)), Relations.NONE,
                Weights.DEFAULT);
        assertTrue(new Clusters(engine).aroundNeed(need.id(), 3, (n, o) -> true).isEmpty());
    }

    @Test
    void aRegionGetsSeveralHromadasOfOneOblast() {
        UUID vinnytsia = UUID.randomUUID();
        UUID kharkiv = UUID.randomUUID();
        List<NeedProfile> needs = List.of(
                need(UUID.randomUUID(), vinnytsia, Set.of("equipment")),
                need(UUID.randomUUID(), vinnytsia, Set.of("equipment")),
                need(UUID.randomUUID(), vinnytsia, Set.of("equipment")),
                need(UUID.randomUUID(), kharkiv, Set.of("equipment")),
                need(UUID.randomUUID(), kharkiv, Set.of("peer-exchange")));
        OfferProfile region = offer(UUID.randomUUID(), Set.of("equipment"), true);
        OfferProfile town = offer(UUID.randomUUID(), Set.of("equipment"), false);
        MatchingEngine engine = MatchingEngine.build(needs, List.of(region, town), Relations.NONE, Weights.DEFAULT);
        Clusters clusters = new Clusters(engine);
        var cluster = clusters.aroundRegionalOffer(region.id(), 3, (n, o) -> true).orElseThrow();
        assertEquals(vinnytsia, cluster.oblast());
        assertEquals(3, cluster.needs().size());
        assertTrue(clusters.aroundRegionalOffer(town.id(), 3, (n, o) -> true).isEmpty(), "a town is not a region");
    }
}
