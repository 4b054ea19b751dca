package eu.twinninghub.matching.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuthorityNamesTest {

    private static final AuthorityNames.Authority VINNYTSIA = authority("Vinnytska miska terytorialna hromada", "UA",
            "UA05020030000031457");
    private static final AuthorityNames.Authority LADYZHYN = authority("Ladyzhynska miska terytorialna hromada", "UA",
            "UA05040130000025322");
    private static final AuthorityNames.Authority LUEDINGHAUSEN = authority("Lüdinghausen", "DE", null);
    private static final AuthorityNames.Authority AACHEN = authority("Aachen", "DE", null);
    /** Two hromadas may share a name in different oblasts; only a code tells them apart. */
    private static final AuthorityNames.Authority NOVOSELYTSIA_ONE = authority(
            "Novoselytska silska terytorialna hromada", "UA", null);
    private static final AuthorityNames.Authority NOVOSELYTSIA_TWO = authority(
            "Novoselytska selyshchna terytorialna hromada", "UA", null);

    private final AuthorityNames names = new AuthorityNames(List.of(VINNYTSIA, LADYZHYN, LUEDINGHAUSEN, AACHEN,
            NOVOSELYTSIA_ONE, NOVOSELYTSIA_TWO));

    private static AuthorityNames.Authority authority(String name, String country, String code) {
        return new AuthorityNames.Authority(UUID.randomUUID(), name, country, code);
    }

    @Test
    void aCodeIsCertainWhateverItsCase() {
        AuthorityNames.Found found = names.byCode(" ua05020030000031457 ");
        assertEquals(AuthorityNames.How.CODE, found.how());
        assertEquals(VINNYTSIA, found.found());
        assertEquals(1.0, found.confidence());
        assertEquals(AuthorityNames.How.NONE, names.byCode("UA99999999999999999").how());
    }

    @Test
    void aPlaceIsFoundAsPeopleWriteItInLatinOrCyrillicWithOrWithoutAccents() {
        for (String written : List.of("Vinnytsia", "Вінниця", "Вінницька міська територіальна громада",
                "Vinnytska hromada", "Winnyzja")) {
            AuthorityNames.Found found = names.byName(written, "UA");
            assertEquals(AuthorityNames.How.NAME, found.how(), written);
            assertEquals(VINNYTSIA, found.found(), written);
            assertTrue(found.confidence() >= AuthorityNames.CANDIDATE && found.confidence() <= 0.95, written);
        }
        assertEquals(LADYZHYN, names.byName("Ладижин", "UA").found());
        assertEquals(LUEDINGHAUSEN, names.byName("Stadt Luedinghausen", "DE").found());
        assertEquals(0.95, names.byName("Lüdinghausen", "DE").confidence(), "the same words, not the same name");
    }

    @Test
    void aNameThatFitsSeveralIsAmbiguousAndOneThatFitsNoneIsNotGuessed() {
        AuthorityNames.Found twice = names.byName("Novoselytska hromada", "UA");
        assertEquals(AuthorityNames.How.AMBIGUOUS, twice.how());
        assertNull(twice.found());
        assertEquals(2, twice.candidates().size());
        assertEquals(AuthorityNames.How.NONE, names.byName("Kharkiv", "UA").how());
        assertEquals(AuthorityNames.How.NONE, names.byName("Aachen", "PL").how(), "only within the country given");
        assertEquals(AuthorityNames.How.NONE, names.byName("Stadt", "DE").how(), "a generic word names nothing");
    }

    @Test
    void cyrillicIsReadAsTheRegistersLatinNames() {
        assertEquals("zhytomyr", AuthorityNames.words("Житомир"));
        assertEquals("yahotynska", AuthorityNames.words("Яготинська міська громада"));
    }
}
