package eu.twinninghub.authorities.authority;

import static eu.twinninghub.api.authority.AuthorityKind.ASSOCIATION;
import static eu.twinninghub.api.authority.AuthorityKind.HROMADA;
import static eu.twinninghub.api.authority.AuthorityKind.MUNICIPALITY;
import static eu.twinninghub.api.authority.AuthorityKind.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficialCodesTest {

    @Test
    void aHromadaNeedsItsKatottgCode() {
        assertTrue(OfficialCodes.problem(HROMADA, "UA", "UA05020030000031457").isEmpty());
        assertEquals("is required for a Ukrainian HROMADA: its KATOTTG code",
                OfficialCodes.problem(HROMADA, "UA", null).orElseThrow().message());
        assertTrue(OfficialCodes.problem(HROMADA, "UA", "UA0502003000003145").isPresent(), "17 digits, not 16");
        assertTrue(OfficialCodes.problem(HROMADA, "PL", "UA05020030000031457").orElseThrow().aboutCountry());
    }

    @Test
    void euCodesAreOptionalButWellFormedAndInTheRightCountry() {
        assertTrue(OfficialCodes.problem(MUNICIPALITY, "DE", null).isEmpty());
        assertTrue(OfficialCodes.problem(MUNICIPALITY, "DE", "DE_05334002").isEmpty());
        assertTrue(OfficialCodes.problem(MUNICIPALITY, "DE", "PL_05334002").isPresent());
        assertTrue(OfficialCodes.problem(REGION, "DE", "DEA2").isEmpty());
        assertTrue(OfficialCodes.problem(REGION, "DE", "Köln").isPresent());
        assertTrue(OfficialCodes.problem(MUNICIPALITY, "UA", null).orElseThrow().aboutCountry());
    }

    @Test
    void greeceIsGrForIsoAndElForEurostat() {
        assertEquals("GR", OfficialCodes.isoCountry("EL"));
        assertTrue(OfficialCodes.problem(REGION, "GR", "EL30").isEmpty());
        assertTrue(OfficialCodes.problem(REGION, "GR", "GR30").isPresent());
    }

    @Test
    void associationsHaveNoTerritorialCode() {
        assertTrue(OfficialCodes.problem(ASSOCIATION, "DE", null).isEmpty());
        assertTrue(OfficialCodes.problem(ASSOCIATION, "DE", "DEA2").isPresent());
    }
}
