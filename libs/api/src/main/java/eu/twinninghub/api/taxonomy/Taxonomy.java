package eu.twinninghub.api.taxonomy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sector taxonomy and support modes every service validates against. One copy ships in
 * this library (from the project's reference data) so that no service keeps its own list.
 */
public final class Taxonomy {

    private static final String RESOURCE = "/taxonomy/sectors.json";
    private static final Taxonomy STANDARD = load();

    private final List<Sector> sectors;
    private final List<SupportMode> supportModes;
    private final Map<String, Sector> sectorsById;
    private final Map<String, Sector> sectorOfSubsector;
    private final Map<String, SupportMode> supportModesById;

    private Taxonomy(List<Sector> sectors, List<SupportMode> supportModes) {
        this.sectors = List.copyOf(sectors);
        this.supportModes = List.copyOf(supportModes);
        this.sectorsById = index(sectors, Sector::id);
        this.supportModesById = index(supportModes, SupportMode::id);
        this.sectorOfSubsector = new LinkedHashMap<>();
        sectors.forEach(sector -> sector.subsectors().forEach(sub -> sectorOfSubsector.put(sub.id(), sector)));
    }

    public static Taxonomy standard() {
        return STANDARD;
    }

    public List<Sector> sectors() {
        return sectors;
    }

    public List<SupportMode> supportModes() {
        return supportModes;
    }

    public Optional<Sector> sector(String id) {
        return Optional.ofNullable(sectorsById.get(id));
    }

    /** The sector a subsector belongs to, if the id names a subsector. */
    public Optional<Sector> sectorOf(String subsectorId) {
        return Optional.ofNullable(sectorOfSubsector.get(subsectorId));
    }

    public Optional<SupportMode> supportMode(String id) {
        return Optional.ofNullable(supportModesById.get(id));
    }

    public boolean isSector(String id) {
        return sectorsById.containsKey(id);
    }

    public boolean isSubsectorOf(String subsectorId, String sectorId) {
        Sector sector = sectorOfSubsector.get(subsectorId);
        return sector != null && sector.id().equals(sectorId);
    }

    public boolean isSupportMode(String id) {
        return supportModesById.containsKey(id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> {
            throw new IllegalStateException("duplicate taxonomy id " + id.apply(a));
        }, LinkedHashMap::new));
    }

    private record Document(List<Sector> sectors, List<SupportMode> supportModes) {
    }

    private static Taxonomy load() {
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Document document = json.readValue(in, Document.class);
            return new Taxonomy(document.sectors(), document.supportModes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
