package eu.twinninghub.api.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReasonsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    /** A reason missing in one language would show English, or nothing, on that language's pages. */
    @Test
    void everyLanguageHasEveryReasonOfTheEnglishOne() throws IOException {
        Set<Object> english = keys("reasons.properties");
        for (String language : Reasons.LANGUAGES.stream().filter(l -> !l.equals("en")).toList()) {
            assertEquals(english, keys("reasons_" + language + ".properties"), language);
        }
    }

    @Test
    void parametersAreNamedInTheReadersLanguage() {
        Map<String, String> support = Map.of("percent", "50", "modes", "equipment,peer-exchange");
        assertEquals("50% of the support asked for is offered (Equipment and supplies, Peer exchange and study visits)",
                Reasons.render("support.share", support, Locale.ENGLISH));
        assertTrue(Reasons.render("support.share", support, UK).contains("Обмін досвідом і навчальні візити"));
        assertEquals("they share a working language (German, English)",
                Reasons.render("language.shared", Map.of("languages", "de,en"), Locale.ENGLISH));
        assertEquals("є спільна робоча мова (німецька, англійська)",
                Reasons.render("language.shared", Map.of("languages", "de,en"), UK));
        assertEquals("терміновість потреби: критична", Reasons.render("urgency.level", Map.of("urgency", "CRITICAL"), UK));
        assertTrue(Reasons.render("scale.populations", Map.of("need", "400198", "offer", "249070"), Locale.ENGLISH)
                .contains("400,198"));
    }

    @Test
    void germanAndPolishReadersReadTheirs() {
        assertEquals("die Dringlichkeit des Bedarfs ist kritisch",
                Reasons.render("urgency.level", Map.of("urgency", "CRITICAL"), Locale.GERMAN));
        assertEquals("mają wspólny język roboczy (ukraiński, angielski)",
                Reasons.render("language.shared", Map.of("languages", "uk,en"), Locale.forLanguageTag("pl")));
    }

    @Test
    void anyOtherLanguageReadsEnglish() {
        assertEquals("no earlier ties", Reasons.render("ties.none", Map.of(), Locale.FRENCH));
        assertEquals("the offer does not work in the need's sector, Energy",
                Reasons.render("sector.none", Map.of("sector", "energy"), Locale.forLanguageTag("lt")));
    }

    private static Set<Object> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Reasons.class.getResourceAsStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }
}
