package eu.twinninghub.gateway.web;

import eu.twinninghub.api.analytics.Coverage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The Alliance's months as small bar charts drawn on the server, one per figure, each on its own
 * scale: an import of a network's list can register thousands of partnerships in one month, which
 * on a shared scale would flatten every other bar. The exact numbers are in the table beside them.
 */
public final class TrendChart {

    static final int WIDTH = 240;
    static final int HEIGHT = 64;
    private static final int GAP = 2;

    /** One month's bar, in the chart's own coordinates (y grows downwards, as in SVG). */
    public record Bar(String month, int value, int x, int y, int width, int height) {
    }

    /** One figure over the months: its key (for its label), its largest value and its bars. */
    public record Series(String key, int max, List<Bar> bars) {
    }

    /** The charts, and the first and last month they cover (null when there are none). */
    public record View(int width, int height, List<Series> series, String from, String to) {
    }

    private TrendChart() {
    }

    public static View of(List<Coverage.Month> months) {
        return new View(WIDTH, HEIGHT, List.of(
                series("needsPublished", months, Coverage.Month::needsPublished),
                series("proposals", months, Coverage.Month::proposals),
                series("partnershipsMade", months, Coverage.Month::partnershipsMade),
                series("partnershipsRegistered", months, Coverage.Month::partnershipsRegistered)),
                months.isEmpty() ? null : months.get(0).month(),
                months.isEmpty() ? null : months.get(months.size() - 1).month());
    }

    static Series series(String key, List<Coverage.Month> months, ToIntFunction<Coverage.Month> figure) {
        int max = months.stream().mapToInt(figure).max().orElse(0);
        int slot = months.isEmpty() ? WIDTH : WIDTH / months.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            int value = figure.applyAsInt(months.get(i));
            // A month with anything at all keeps one pixel, so that it never reads as none.
            int height = max == 0 || value == 0 ? 0 : Math.max(1, (int) Math.round((double) value * HEIGHT / max));
            bars.add(new Bar(months.get(i).month(), value, i * slot + GAP / 2, HEIGHT - height, slot - GAP, height));
        }
        return new Series(key, max, bars);
    }
}
