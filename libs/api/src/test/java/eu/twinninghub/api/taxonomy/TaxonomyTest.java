package eu.twinninghub.api.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private final Taxonomy taxonomy = Taxonomy.standard();

    @Test
    void loadsTheFifteenSectorsAndSevenSupportModesOfTheReferenceData() {
        assertEquals(15, taxonomy.sectors().size());
        assertEquals(48, taxonomy.sectors().stream().mapToInt(s -> s.subsectors().size()).sum());
        assertEquals(7, taxonomy.supportModes().size());
    }

    @Test
    void knowsWhichSectorASubsectorBelongsTo() {
        assertTrue(taxonomy.isSubsectorOf("housing-repair", "housing"));
        assertFalse(taxonomy.isSubsectorOf("housing-repair", "health"));
        assertEquals("housing", taxonomy.sectorOf("housing-idp").orElseThrow().id());
        assertTrue(taxonomy.sectorOf("nonsense").isEmpty());
    }

    @Test
    void labelsFollowTheReadersLanguageWithEnglishAsFallback() {
        Sector housing = taxonomy.sector("housing").orElseThrow();
        assertEquals("Житло", housing.label(Locale.forLanguageTag("uk")));
        assertEquals("Wohnen", housing.label(Locale.GERMAN));
        assertEquals("Mieszkalnictwo", housing.label(Locale.forLanguageTag("pl")));
        assertEquals("Housing", housing.label(Locale.FRENCH));
        assertTrue(taxonomy.isSupportMode("twinning"));
    }

    /** The page languages the shared taxonomy does not carry: every id has a label, and no label names an unknown id. */
    @Test
    void everyEntryHasAGermanAndAPolishLabel() throws IOException {
        List<Label> entries = new ArrayList<>();
        taxonomy.sectors().forEach(sector -> {
            entries.add(sector);
            entries.addAll(sector.subsectors());
        });
        entries.addAll(taxonomy.supportModes());
        for (String language : Translations.LANGUAGES) {
            for (Label entry : entries) {
                assertFalse(Translations.of(language, entry.id()).orElse("").isBlank(), entry.id() + " in " + language);
            }
            Properties file = new Properties();
            try (var in = new InputStreamReader(getClass().getResourceAsStream("labels_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                file.load(in);
            }
            Set<String> ids = new HashSet<>(entries.stream().map(Label::id).toList());
            assertEquals(Set.of(), file.stringPropertyNames().stream().filter(id -> !ids.contains(id))
                    .collect(Collectors.toSet()), "labels for ids the taxonomy does not have (" + language + ")");
        }
    }
}
