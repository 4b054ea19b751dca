package eu.twinninghub.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ukraine's oblasts as SVG paths, projected once from real boundary data (amCharts' geodata, see
 * {@code geodata/amcharts5-geodata/README.md}): an equirectangular projection true to scale at
 * 48.5° N, the middle of the country, which keeps the shapes as people know them from maps.
 */
@ApplicationScoped
public class UkraineMap {

    static final String DATA = "geodata/amcharts5-geodata/ukraineLow.json";
    /** The drawing is this wide; its height follows from the country's shape. */
    static final int WIDTH = 800;
    private static final double COS_MIDDLE = Math.cos(Math.toRadians(48.5));

    /**
     * The register's name of each oblast (as the reference data writes them), by ISO 3166-2 code. Kyiv,
     * Sevastopol and Crimea have no oblast of the register: they are drawn, with no figures.
     */
    private static final Map<String, String> REGISTER_NAMES = Map.ofEntries(
            Map.entry("UA-05", "Вінницька область"), Map.entry("UA-07", "Волинська область"),
            Map.entry("UA-09", "Луганська область"), Map.entry("UA-12", "Дніпропетровська область"),
            Map.entry("UA-14", "Донецька область"), Map.entry("UA-18", "Житомирська область"),
            Map.entry("UA-21", "Закарпатська область"), Map.entry("UA-23", "Запорізька область"),
            Map.entry("UA-26", "Івано-Франківська область"), Map.entry("UA-32", "Київська область"),
            Map.entry("UA-35", "Кіровоградська область"), Map.entry("UA-46", "Львівська область"),
            Map.entry("UA-48", "Миколаївська область"), Map.entry("UA-51", "Одеська область"),
            Map.entry("UA-53", "Полтавська область"), Map.entry("UA-56", "Рівненська область"),
            Map.entry("UA-59", "Сумська область"), Map.entry("UA-61", "Тернопільська область"),
            Map.entry("UA-63", "Харківська область"), Map.entry("UA-65", "Херсонська область"),
            Map.entry("UA-68", "Хмельницька область"), Map.entry("UA-71", "Черкаська область"),
            Map.entry("UA-74", "Чернігівська область"), Map.entry("UA-77", "Чернівецька область"));

    /** Names of the places the register has no oblast for, in Ukrainian and English. */
    private static final Map<String, List<String>> OTHER_NAMES = Map.of(
            "UA-30", List.of("Київ", "Kyiv"), "UA-40", List.of("Севастополь", "Sevastopol"),
            "UA-43", List.of("Автономна Республіка Крим", "Autonomous Republic of Crimea"));

    /** One place: its code, its outline, and the register's oblast name (null for the three others). */
    public record Shape(String iso, String path, String registerName, List<String> ownNames) {
    }

    private final List<Shape> shapes;
    private final int height;

    public UkraineMap(ObjectMapper json) {
        JsonNode features;
        try (InputStream in = UkraineMap.class.getClassLoader().getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException(DATA + " is missing");
            }
            features = json.readTree(in).path("features");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        features.forEach(feature -> rings(feature.path("geometry")).forEach(ring -> ring.forEach(point -> {
            box[0] = Math.min(box[0], point.get(0).asDouble());
            box[1] = Math.min(box[1], point.get(1).asDouble());
            box[2] = Math.max(box[2], point.get(0).asDouble());
            box[3] = Math.max(box[3], point.get(1).asDouble());
        })));
        double scale = WIDTH / ((box[2] - box[0]) * COS_MIDDLE);
        height = (int) Math.ceil((box[3] - box[1]) * scale);
        List<Shape> drawn = new ArrayList<>();
        for (JsonNode feature : features) {
            String iso = feature.path("properties").path("id").asText();
            StringBuilder path = new StringBuilder();
            for (JsonNode ring : rings(feature.path("geometry"))) {
                for (int i = 0; i < ring.size(); i++) {
                    double x = (ring.get(i).get(0).asDouble() - box[0]) * COS_MIDDLE * scale;
                    double y = (box[3] - ring.get(i).get(1).asDouble()) * scale;
                    path.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                }
                path.append('Z');
            }
            drawn.add(new Shape(iso, path.toString(), REGISTER_NAMES.get(iso), OTHER_NAMES.getOrDefault(iso,
                    List.of())));
        }
        shapes = List.copyOf(drawn);
    }

    /** The outer and inner rings of a Polygon or MultiPolygon. */
    private static List<JsonNode> rings(JsonNode geometry) {
        List<JsonNode> rings = new ArrayList<>();
        if ("Polygon".equals(geometry.path("type").asText())) {
            geometry.path("coordinates").forEach(rings::add);
        } else if ("MultiPolygon".equals(geometry.path("type").asText())) {
            geometry.path("coordinates").forEach(polygon -> polygon.forEach(rings::add));
        }
        return rings;
    }

    public List<Shape> shapes() {
        return shapes;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return height;
    }
}
