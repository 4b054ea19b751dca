package eu.twinninghub.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void everyRowOfTheSourceIsRead() {
        assertEquals(1429, ReferenceData.hromadas().size());
        assertEquals(4249, ReferenceData.projects().size());
        assertEquals(177, ReferenceData.municipalities().size());
        assertTrue(ReferenceData.hromadas().stream().allMatch(h -> h.katottg().matches("UA\\d{17}")));
    }

    @Test
    void emptyCellsStayEmpty() {
        var velykodymerska = ReferenceData.hromadas().stream().filter(h -> h.katottg().equals("UA32060070000092009"))
                .findFirst().orElseThrow();
        assertNull(velykodymerska.oblast());
        assertNull(velykodymerska.population());
    }

    @Test
    void quotedFieldsKeepTheirCommas() {
        assertEquals(List.of(List.of("Metzingen, Bad Urach", "DE", "Baden-Württemberg")),
                Csv.records("\"Metzingen, Bad Urach\",DE,Baden-Württemberg", 10));
        assertEquals(List.of(List.of("a \"b\"", "")), Csv.records("\"a \"\"b\"\"\",", 10));
    }

    @Test
    void everyFundingProgrammeHasAStableIdAnOfficialNameAndAPageOfItsOwn() {
        var programmes = ReferenceData.fundingProgrammes();
        assertTrue(programmes.size() >= 5);
        assertEquals(programmes.size(), programmes.stream().map(ReferenceData.FundingProgramme::id).distinct().count());
        assertTrue(programmes.stream().allMatch(p -> p.id().matches("[a-z0-9-]+") && !p.name().isBlank()
                && p.link().matches("https?://\\S+")), programmes::toString);
        assertTrue(programmes.stream().anyMatch(p -> p.name().contains("Accountability and Development")),
                "a quoted name keeps its comma");
    }
}
