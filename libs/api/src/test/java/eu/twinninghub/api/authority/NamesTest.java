package eu.twinninghub.api.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    /** Examples from the national transliteration table (CMU resolution No. 55, 2010). */
    @ParameterizedTest
    @CsvSource({
            "Харків, Kharkiv",
            "Вінниця, Vinnytsia",
            "Київ, Kyiv",
            "Яготин, Yahotyn",
            "Згурівка, Zghurivka",
            "Щербухи, Shcherbukhy",
            "Знам'янка, Znamianka",
            "Юрій, Yurii",
            "Їжакевич, Yizhakevych",
            "Розгон, Rozghon",
            "Aachen, Aachen"
    })
    void romanisesTheNationalWay(String ukrainian, String latin) {
        assertEquals(latin, Names.transliterate(ukrainian));
    }

    @Test
    void foldsAnyScriptToOneLowerCaseForm() {
        assertEquals("kharkivska miska terytorialna hromada", Names.fold("Харківська міська територіальна громада"));
        assertEquals("gottingen", Names.fold("Göttingen"));
        assertEquals("bad urach", Names.fold("Bad-Urach"));
    }

    @Test
    void germanSpellingsAreLookedForTheUkrainianWay() {
        assertTrue(Names.queryForms("Charkiw").contains("kharkiv"));
        assertTrue(Names.queryForms("Tschernihiw").contains("chernihiv"));
        assertTrue(Names.queryForms("Winnyzja").contains("vinnytsia"));
    }

    @Test
    void aCityNameFindsTheAdjectiveItsHromadaIsNamedWith() {
        assertTrue(Names.queryForms("Vinnytsia").contains("vinnyts"));
        assertTrue(Names.fold("Вінницька міська територіальна громада").contains("vinnyts"));
    }

    @Test
    void punctuationAloneIsNoQuery() {
        assertTrue(Names.queryForms(" -- ").isEmpty());
    }
}
