package eu.twinninghub.api.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
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
        assertEquals("Housing", housing.label(Locale.GERMAN));
        assertTrue(taxonomy.isSupportMode("twinning"));
    }
}
