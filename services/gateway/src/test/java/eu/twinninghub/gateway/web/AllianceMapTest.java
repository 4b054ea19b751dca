package eu.twinninghub.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.twinninghub.api.analytics.Coverage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllianceMapTest {

    private static final UkraineMap MAP = new UkraineMap(new ObjectMapper());
    private static final Oblasts.Oblast VINNYTSKA = new Oblasts.Oblast(UUID.randomUUID(), "Вінницька область",
            "Vinnytska oblast");
    private static final Oblasts.Oblast LVIVSKA = new Oblasts.Oblast(UUID.randomUUID(), "Львівська область",
            "Lvivska oblast");

    private static Coverage coverage(int vinnytsiaPartnered, int lvivPartnered) {
        return new Coverage(Instant.now(), "CC BY 4.0", List.of(
                new Coverage.Oblast(VINNYTSKA.id(), "Vinnytska oblast", 9, 3, 1, 12.5, 62, vinnytsiaPartnered),
                new Coverage.Oblast(LVIVSKA.id(), "Lvivska oblast", 2, 0, 0, null, 71, lvivPartnered)),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theBoundaryDataDrawsEveryPlaceOfUkraine() {
        assertEquals(27, MAP.shapes().size());
        assertEquals(24, MAP.shapes().stream().filter(shape -> shape.registerName() != null).count());
        assertTrue(MAP.height() > 400 && MAP.height() < 600, "Ukraine is wider than tall: " + MAP.height());
        assertTrue(MAP.shapes().stream().allMatch(shape -> shape.path().startsWith("M") && shape.path().endsWith("Z")));
    }

    @Test
    void oblastsAreFilledByTheirShareInFiveStepsAndTheRestIsGrey() {
        AllianceMap.View view = AllianceMap.of(MAP, coverage(31, 0), List.of(VINNYTSKA, LVIVSKA),
                AllianceMap.Measure.PARTNERED_SHARE, "uk");
        // 31 of 62 is 50 %: steps of 10 %, so Vinnytsia is in the darkest, Lviv (0 %) in the lightest.
        assertEquals(List.of("0% – 10%", "10% – 20%", "20% – 30%", "30% – 40%", "40% – 50%"),
                view.legend().stream().map(AllianceMap.Step::label).toList());
        AllianceMap.Area vinnytsia = view.areas().stream().filter(a -> a.title().startsWith("Вінницька")).findFirst()
                .orElseThrow();
        assertEquals(AllianceMap.PALETTE.get(4), vinnytsia.fill());
        assertEquals("/needs?oblast=" + VINNYTSKA.id(), vinnytsia.href());
        assertEquals("Вінницька область: 50%", vinnytsia.title());
        assertEquals(AllianceMap.PALETTE.get(0), view.areas().stream().filter(a -> a.title().startsWith("Львівська"))
                .findFirst().orElseThrow().fill());
        assertEquals(25, view.areas().stream().filter(a -> a.fill().equals(AllianceMap.NO_DATA)).count(),
                "oblasts without figures here, Crimea, Kyiv and Sevastopol");
        assertEquals(List.of("Вінницька область", "Львівська область"),
                view.rows().stream().map(AllianceMap.Row::name).toList());
    }

    @Test
    void smallCountsGetWholeSteps() {
        assertEquals(1, AllianceMap.niceStep(0.2));
        assertEquals(2, AllianceMap.niceStep(1.8));
        assertEquals(5, AllianceMap.niceStep(3));
        assertEquals(200, AllianceMap.niceStep(130));
        AllianceMap.View view = AllianceMap.of(MAP, coverage(1, 0), List.of(VINNYTSKA, LVIVSKA),
                AllianceMap.Measure.OPEN_NEEDS, "en");
        assertEquals("0 – 2", view.legend().get(0).label());
        assertEquals("Lvivska oblast", view.rows().get(0).name(), "sorted by the English names");
        assertEquals(AllianceMap.Measure.PARTNERED_SHARE, AllianceMap.Measure.of("<script>"));
    }

    @Test
    void eachFigureOfTheMonthsIsDrawnOnItsOwnScale() {
        List<Coverage.Month> months = List.of(new Coverage.Month("2026-10", 0, 0, 0, 0),
                new Coverage.Month("2026-11", 4, 2, 1, 9_000), new Coverage.Month("2026-12", 8, 1, 0, 3));
        TrendChart.View chart = TrendChart.of(months);
        assertEquals("2026-10", chart.from());
        assertEquals("2026-12", chart.to());
        assertEquals(List.of("needsPublished", "proposals", "partnershipsMade", "partnershipsRegistered"),
                chart.series().stream().map(TrendChart.Series::key).toList());
        TrendChart.Series needs = chart.series().get(0);
        assertEquals(8, needs.max());
        assertEquals(List.of(0, TrendChart.HEIGHT / 2, TrendChart.HEIGHT),
                needs.bars().stream().map(TrendChart.Bar::height).toList());
        assertTrue(needs.bars().stream().allMatch(bar -> bar.y() + bar.height() == TrendChart.HEIGHT));
        // 3 against 9,000 on the same scale would vanish: it keeps a pixel, so that it never reads as none.
        assertEquals(1, chart.series().get(3).bars().get(2).height());
        assertTrue(needs.bars().get(1).x() + needs.bars().get(1).width() < needs.bars().get(2).x());
    }
}
