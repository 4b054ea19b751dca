package eu.twinninghub.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** The index is only worth having if it returns exactly what scoring everything returns. */
class IndexAgreesWithBruteForceTest {

    private static final BiPredicate<UUID, UUID> ANY = (n, o) -> true;

    @Test
    void topOffersOfEveryNeedAreBruteForcesAndFarFewerAreScored() {
        Generated generated = new Generated(7, 400);
        List<NeedProfile> needs = generated.needs(300);
        List<OfferProfile> offers = generated.offers(20_000);
        MatchingEngine engine = MatchingEngine.build(needs, offers, Relations.NONE, Weights.DEFAULT);
        long scored = 0;
        for (NeedProfile need : needs) {
            var indexed = engine.topOffers(need.id(), 10, ANY);
            var brute = engine.bruteForceOffers(need.id(), 10, ANY);
            assertEquals(brute.best(), indexed.best(), "need " + need.id());
            scored += indexed.scored();
        }
        double share = (double) scored / (needs.size() * (long) offers.size());
        assertTrue(share < 0.2, "the index scored " + share + " of all pairs");
    }

    @Test
    void topNeedsOfEveryOfferAreBruteForces() {
        Generated generated = new Generated(11, 300);
        List<NeedProfile> needs = generated.needs(10_000);
        List<OfferProfile> offers = generated.offers(200);
        MatchingEngine engine = MatchingEngine.build(needs, offers, Relations.NONE, Weights.DEFAULT);
        for (OfferProfile offer : offers) {
            assertEquals(engine.bruteForceNeeds(offer.id(), 10, ANY).best(), engine.topNeeds(offer.id(), 10, ANY).best(),
                    "offer " + offer.id());
        }
    }

    /** On an equal footing: EU towns asking and hromadas offering, ranked as exactly as the reverse. */
    @Test
    void needsAndOffersFromEitherSideAreRankedAsBruteForceRanksThem() {
        Generated generated = new Generated(13, 300);
        List<NeedProfile> needs = generated.needsFromBothSides(2_000, 0.4);
        List<OfferProfile> offers = generated.offersFromBothSides(2_000, 0.4);
        MatchingEngine engine = MatchingEngine.build(needs, offers, Relations.NONE, Weights.DEFAULT);
        for (NeedProfile need : needs.subList(0, 300)) {
            assertEquals(engine.bruteForceOffers(need.id(), 10, ANY).best(), engine.topOffers(need.id(), 10, ANY).best(),
                    "need " + need.id());
        }
        for (OfferProfile offer : offers.subList(0, 300)) {
            assertEquals(engine.bruteForceNeeds(offer.id(), 10, ANY).best(), engine.topNeeds(offer.id(), 10, ANY).best(),
                    "offer " + offer.id());
        }
    }

    @Test
    void refusedPairsAreNeverRankedAndTheRankingStaysExact() {
        Generated generated = new Generated(3, 100);
        List<NeedProfile> needs = generated.needs(50);
        List<OfferProfile> offers = generated.offers(3_000);
        MatchingEngine engine = MatchingEngine.build(needs, offers, Relations.NONE, Weights.DEFAULT);
        UUID need = needs.get(0).id();
        Set<UUID> declined = new HashSet<>();
        engine.topOffers(need, 5, ANY).best().forEach(s -> declined.add(s.id()));
        BiPredicate<UUID, UUID> notDeclined = (n, o) -> !declined.contains(o);
        var ranked = engine.topOffers(need, 10, notDeclined);
        assertTrue(ranked.best().stream().noneMatch(s -> declined.contains(s.id())));
        assertEquals(engine.bruteForceOffers(need, 10, notDeclined).best(), ranked.best());
    }
}
