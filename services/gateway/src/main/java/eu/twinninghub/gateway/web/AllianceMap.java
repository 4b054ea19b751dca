package eu.twinninghub.gateway.web;

import eu.twinninghub.api.analytics.Coverage;
import java.util.ArrayList;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The choropleth of the Alliance page: each oblast filled by the chosen measure in five equal steps
 * from nothing to the largest value, linked to its open needs. Colours from ColorBrewer's sequential
 * "Blues", which stay apart for colour-blind readers and in greyscale; places without figures are
 * grey. Pure: the shapes, the figures and the register's oblasts go in, the drawing comes out.
 */
public final class AllianceMap {

    static final List<String> PALETTE = List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");
    static final String NO_DATA = "#d9d9d9";

    /** What the map shows; the first is the Alliance's own question: which hromadas have no partner yet. */
    public enum Measure {
        PARTNERED_SHARE, WITHOUT_PROPOSAL, OPEN_NEEDS, IN_PARTNERSHIP;

        public static Measure of(String name) {
            return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(name == null ? "" : name))
                    .findFirst().orElse(PARTNERED_SHARE);
        }

        Double value(Coverage.Oblast oblast) {
            return switch (this) {
                case PARTNERED_SHARE -> oblast.hromadas() == 0 ? null
                        : Math.round(1000.0 * oblast.hromadasWithPartner() / oblast.hromadas()) / 10.0;
                case WITHOUT_PROPOSAL -> (double) (oblast.openNeeds() - oblast.needsWithProposal());
                case OPEN_NEEDS -> (double) oblast.openNeeds();
                case IN_PARTNERSHIP -> (double) oblast.needsInPartnership();
            };
        }

        String format(double value) {
            return this == PARTNERED_SHARE ? String.format(Locale.ROOT, "%.0f%%", value)
                    : String.valueOf(Math.round(value));
        }
    }

    /** One place on the map: its outline, where it leads, its fill, and what a reader is told of it. */
    public record Area(String path, String href, String fill, String title) {
    }

    /** A step of the legend: its colour and the range it stands for. */
    public record Step(String fill, String label) {
    }

    /** A row of the oblasts' table: the figures under the oblast's name in the reader's language. */
    public record Row(String name, Coverage.Oblast figures) {
    }

    public record View(Measure measure, List<Area> areas, List<Step> legend, List<Row> rows, int width, int height) {

        public List<Measure> measures() {
            return List.of(Measure.values());
        }
    }

    private AllianceMap() {
    }

    /** The smallest of 1, 2 and 5 times a power of ten, and at least 1, that covers {@code raw}: legends read 0–2, 2–4… */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw) {
                return Math.max(factor * power, 1);
            }
        }
        return 10 * power;
    }

    public static View of(UkraineMap map, Coverage coverage, List<Oblasts.Oblast> oblasts, Measure measure,
                          String lang) {
        Map<String, Oblasts.Oblast> byName = new HashMap<>();
        oblasts.forEach(oblast -> byName.put(oblast.nameUk(), oblast));
        Map<UUID, Coverage.Oblast> figures = new HashMap<>();
        coverage.oblasts().forEach(row -> figures.put(row.oblastId(), row));
        double max = coverage.oblasts().stream().map(measure::value).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double step = niceStep(max / PALETTE.size());
        List<Area> areas = new ArrayList<>();
        for (UkraineMap.Shape shape : map.shapes()) {
            Oblasts.Oblast oblast = shape.registerName() == null ? null : byName.get(shape.registerName());
            Coverage.Oblast row = oblast == null ? null : figures.get(oblast.id());
            Double value = row == null ? null : measure.value(row);
            String name = oblast != null ? oblast.name(lang)
                    : shape.ownNames().isEmpty() ? shape.iso() : shape.ownNames().get("uk".equals(lang) ? 0 : 1);
            areas.add(new Area(shape.path(), oblast == null ? null : "/needs?oblast=" + oblast.id(),
                    value == null ? NO_DATA : PALETTE.get(Math.min(PALETTE.size() - 1, (int) (value / step))),
                    value == null ? name : name + ": " + measure.format(value)));
        }
        List<Step> legend = new ArrayList<>();
        for (int i = 0; i < PALETTE.size(); i++) {
            legend.add(new Step(PALETTE.get(i), measure.format(i * step) + " – " + measure.format((i + 1) * step)));
        }
        Map<UUID, String> names = new HashMap<>();
        oblasts.forEach(oblast -> names.put(oblast.id(), oblast.name(lang)));
        List<Row> rows = coverage.oblasts().stream()
                .map(row -> new Row(names.getOrDefault(row.oblastId(), row.name()), row))
                .sorted(Comparator.comparing(Row::name, Collator.getInstance(Locale.forLanguageTag(lang))))
                .toList();
        return new View(measure, List.copyOf(areas), List.copyOf(legend), rows, map.width(), map.height());
    }
}
