package eu.twinninghub.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.api.match.Reasons;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each criterion on its own, with the default weights (which add up to 100, so points are weights). */
class ScoringTest {

    private static final UUID HROMADA = UUID.randomUUID();
    private static final UUID TOWN = UUID.randomUUID();
    private static final UUID OBLAST = UUID.randomUUID();

    private static NeedProfile need(String sector, Set<String> subsectors, Set<String> modes, List<String> tags,
                                    Set<String> languages, int urgency, Long population) {
        return new NeedProfile(UUID.randomUUID(), HROMADA, sector, subsectors, modes, tags,
                "Відновлення системи водопостачання після обстрілів", languages, urgency, population, OBLAST, false);
    }

    private static OfferProfile offer(Set<String> sectors, Set<String> subsectors, Set<String> modes,
                                      List<String> tags, Set<String> languages, int capacity, int left,
                                      Long population) {
        return new OfferProfile(UUID.randomUUID(), TOWN, sectors, subsectors, modes, tags,
                "Our utility rebuilt water supply networks", languages, capacity, left, population, false);
    }

    private static Map<Criterion, Explanation> explain(NeedProfile need, OfferProfile offer, Relations relations) {
        MatchingEngine engine = MatchingEngine.build(List.of(need), List.of(offer), relations, Weights.DEFAULT);
        Map<Criterion, Explanation> parts = new EnumMap<>(Criterion.class);
        engine.explain(need.id(), offer.id()).forEach(e -> parts.put(e.criterion(), e));
        assertEquals(engine.score(need.id(), offer.id()),
                parts.values().stream().mapToDouble(Explanation::points).sum(), 1e-9,
                "the explanation adds up to the score");
        return parts;
    }

    private static final NeedProfile WATER = need("water-sanitation", Set.of("water-supply"),
            Set.of("technical-assistance", "equipment"), List.of("water supply", "pumping stations"), Set.of("uk", "en"),
            1, 20_000L);

    @Test
    void sectorAndSubsector() {
        var same = explain(WATER, offer(Set.of("water-sanitation"), Set.of("water-supply"), Set.of("equipment"),
                List.of(), Set.of("en"), 2, 2, 20_000L), Relations.NONE);
        assertEquals(25, same.get(Criterion.SECTOR).points(), 1e-9);
        assertEquals(10, same.get(Criterion.SUBSECTOR).points(), 1e-9);
        var other = explain(WATER, offer(Set.of("energy"), Set.of(), Set.of("equipment"), List.of(), Set.of("en"), 2,
                2, 20_000L), Relations.NONE);
        assertEquals(0, other.get(Criterion.SECTOR).points());
        assertEquals(0, other.get(Criterion.SUBSECTOR).points(), "a subsector only counts within the sector");
        assertEquals("sector.none", other.get(Criterion.SECTOR).code());
        assertEquals(Map.of("sector", "water-sanitation"), other.get(Criterion.SECTOR).params());
        var wholeSector = explain(need("water-sanitation", Set.of(), Set.of("equipment"), List.of(), Set.of("uk"), 2,
                null), offer(Set.of("water-sanitation"), Set.of("wastewater"), Set.of("equipment"), List.of(),
                Set.of("uk"), 1, 1, null), Relations.NONE);
        assertEquals(10, wholeSector.get(Criterion.SUBSECTOR).points(), 1e-9, "no subsector named: the sector fits");
    }

    @Test
    void supportModesCountTheShareOfWhatIsAskedFor() {
        var half = explain(WATER, offer(Set.of("water-sanitation"), Set.of(), Set.of("equipment", "peer-exchange"),
                List.of(), Set.of("en"), 1, 1, null), Relations.NONE);
        assertEquals(7.5, half.get(Criterion.SUPPORT_MODE).points(), 1e-9);
        assertEquals("support.share", half.get(Criterion.SUPPORT_MODE).code());
        assertEquals(Map.of("percent", "50", "modes", "equipment"), half.get(Criterion.SUPPORT_MODE).params());
    }

    @Test
    void expertiseRisesWithSharedWordsAcrossInflections() {
        var none = explain(WATER, offer(Set.of("water-sanitation"), Set.of(), Set.of("equipment"), List.of("festival"),
                Set.of("en"), 1, 1, null), Relations.NONE);
        var some = explain(WATER, offer(Set.of("water-sanitation"), Set.of(), Set.of("equipment"),
                List.of("pumping station", "водопостачанню"), Set.of("en"), 1, 1, null), Relations.NONE);
        assertTrue(some.get(Criterion.EXPERTISE).points() > none.get(Criterion.EXPERTISE).points());
        assertTrue(some.get(Criterion.EXPERTISE).points() <= 20);
    }

    @Test
    void languagesScaleUrgencyCapacity() {
        var noCommon = explain(WATER, offer(Set.of("water-sanitation"), Set.of(), Set.of("equipment"), List.of(),
                Set.of("de"), 4, 1, 2_000_000L), Relations.NONE);
        assertEquals(0, noCommon.get(Criterion.LANGUAGE).points());
        assertEquals(0, noCommon.get(Criterion.SCALE).points(), "a hundredfold difference in size scores nothing");
        assertEquals(1, noCommon.get(Criterion.CAPACITY).points(), 1e-9, "one place of four free");
        assertEquals(4.5, noCommon.get(Criterion.URGENCY).points(), 1e-9, "HIGH is three quarters");
        var unknown = explain(WATER, offer(Set.of("water-sanitation"), Set.of(), Set.of("equipment"), List.of(),
                Set.of(), 2, 2, null), Relations.NONE);
        assertEquals(5, unknown.get(Criterion.LANGUAGE).points(), 1e-9, "unknown languages count half");
        assertEquals(3, unknown.get(Criterion.SCALE).points(), 1e-9, "unknown size counts half");
        var alike = explain(WATER, offer(Set.of("water-sanitation"), Set.of(), Set.of("equipment"), List.of(),
                Set.of("en"), 2, 2, 20_000L), Relations.NONE);
        assertEquals(10, alike.get(Criterion.LANGUAGE).points(), 1e-9);
        assertEquals(6, alike.get(Criterion.SCALE).points(), 1e-9);
    }

    @Test
    void tiesAndGeographyComeFromWhatThePlatformKnows() {
        Relations known = new Relations() {
            @Override
            public boolean tied(UUID needAuthority, UUID offerAuthority) {
                return needAuthority.equals(HROMADA) && offerAuthority.equals(TOWN);
            }

            @Override
            public boolean worksInOblast(UUID offerAuthority, UUID oblast) {
                return offerAuthority.equals(TOWN) && oblast.equals(OBLAST);
            }
        };
        OfferProfile offer = offer(Set.of("water-sanitation"), Set.of(), Set.of("equipment"), List.of(), Set.of("en"),
                1, 1, null);
        var parts = explain(WATER, offer, known);
        assertEquals(2, parts.get(Criterion.TIES).points(), 1e-9);
        assertEquals(2, parts.get(Criterion.GEOGRAPHY).points(), 1e-9);
        var none = explain(WATER, offer, Relations.NONE);
        assertEquals(0, none.get(Criterion.TIES).points());
        assertEquals(0, none.get(Criterion.GEOGRAPHY).points());
    }

    /**
     * On an equal footing: a town's need met by a hromada's offer scores, criterion by criterion,
     * what the same need of a hromada met by the same offer of a town scores.
     */
    @Test
    void aTownsNeedAndAHromadasOfferScoreAsTheReverse() {
        Set<String> modes = Set.of("peer-exchange", "capacity-building");
        List<String> tags = List.of("civil protection", "shelters");
        String text = "Shelters in schools and the drills that empty a school in four minutes";
        NeedProfile townAsks = new NeedProfile(UUID.randomUUID(), TOWN, "civil-protection", Set.of(), modes, tags, text,
                Set.of("de", "en"), 2, 250_000L, null, false);
        NeedProfile hromadaAsks = new NeedProfile(UUID.randomUUID(), HROMADA, "civil-protection", Set.of(), modes, tags, text,
                Set.of("de", "en"), 2, 250_000L, OBLAST, false);
        OfferProfile hromadaOffers = new OfferProfile(UUID.randomUUID(), HROMADA, Set.of("civil-protection"), Set.of(),
                modes, tags, text, Set.of("uk", "en"), 2, 2, 20_000L, false);
        OfferProfile townOffers = new OfferProfile(UUID.randomUUID(), TOWN, Set.of("civil-protection"), Set.of(),
                modes, tags, text, Set.of("uk", "en"), 2, 2, 20_000L, false);
        MatchingEngine engine = MatchingEngine.build(List.of(townAsks, hromadaAsks), List.of(hromadaOffers, townOffers),
                Relations.NONE, Weights.DEFAULT);
        assertTrue(engine.score(townAsks.id(), hromadaOffers.id()) > 50, "a good pair either way");
        assertEquals(engine.explain(hromadaAsks.id(), townOffers.id()), engine.explain(townAsks.id(), hromadaOffers.id()));
    }

    /** Every reason the engine can give reads in each language the reasons are written in, every parameter filled. */
    @Test
    void everyReasonReadsInUkrainianAndEnglish() {
        OfferProfile alike = offer(Set.of("water-sanitation"), Set.of("water-supply"), Set.of("equipment"),
                List.of("water supply"), Set.of("uk"), 2, 1, 30_000L);
        OfferProfile unlike = offer(Set.of("energy"), Set.of(), Set.of("training"), List.of(), Set.of(), 1, 1, null);
        Relations known = new Relations() {
            @Override
            public boolean tied(UUID needAuthority, UUID offerAuthority) {
                return true;
            }

            @Override
            public boolean worksInOblast(UUID offerAuthority, UUID oblast) {
                return true;
            }
        };
        List<Explanation> reasons = new java.util.ArrayList<>(explain(WATER, alike, known).values());
        reasons.addAll(explain(WATER, unlike, Relations.NONE).values());
        for (Explanation reason : reasons) {
            String uk = Reasons.render(reason.code(), reason.params(), Locale.forLanguageTag("uk"));
            String en = Reasons.render(reason.code(), reason.params(), Locale.ENGLISH);
            assertFalse(uk.contains("?") || en.contains("?"), reason + ": " + uk + " / " + en);
            assertTrue(uk.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                    "in Ukrainian: " + uk);
            assertFalse(uk.equals(en));
        }
    }

    @Test
    void weightsComeFromConfigurationAndScoresStayOnAHundred() {
        Weights onlySector = new Weights(1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        OfferProfile offer = offer(Set.of("water-sanitation"), Set.of(), Set.of("equipment"), List.of(), Set.of("en"),
                1, 1, null);
        MatchingEngine engine = MatchingEngine.build(List.of(WATER), List.of(offer), Relations.NONE, onlySector);
        assertEquals(100, engine.score(WATER.id(), offer.id()), 1e-9);
    }

    @Test
    void anAuthorityIsNeverMatchedWithItselfNorAFullOffer() {
        NeedProfile need = WATER;
        OfferProfile own = new OfferProfile(UUID.randomUUID(), HROMADA, Set.of("water-sanitation"), Set.of(),
                Set.of("equipment"), List.of(), "", Set.of("uk"), 1, 1, null, false);
        OfferProfile full = offer(Set.of("water-sanitation"), Set.of(), Set.of("equipment"), List.of(), Set.of("uk"),
                2, 0, null);
        MatchingEngine engine = MatchingEngine.build(List.of(need), List.of(own, full), Relations.NONE,
                Weights.DEFAULT);
        assertEquals(List.of(), engine.topOffers(need.id(), 5, (n, o) -> true).best());
    }
}
