package eu.twinninghub.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.api.posting.Texts;
import eu.twinninghub.gateway.translation.Translator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a posting's page offers a machine translation, and what it sends to the engine. */
class PostingTranslationsTest {

    private static final Texts GERMAN = new Texts(null, null, "Katastrophenschutz lernen", null, "de");

    /** An engine that answers every call, or none at all, and remembers what it was sent. */
    private static final class Engine implements Translator {
        final boolean configured;
        final boolean answers;
        final List<String> sent = new ArrayList<>();

        Engine(boolean configured, boolean answers) {
            this.configured = configured;
            this.answers = answers;
        }

        @Override
        public boolean available() {
            return configured;
        }

        @Override
        public Optional<Translation> translate(String text, String from, String to) {
            sent.add(from + ">" + to + ":" + text);
            return answers ? Optional.of(new Translation("[" + to + "] " + text, from, to, "test engine")) : Optional.empty();
        }
    }

    @Test
    void withoutAnEngineTheOriginalIsMarkedAndNothingIsOfferedOrSent() {
        Engine none = new Engine(false, false);
        PostingTranslations.Machine machine = new PostingTranslations(none).of(GERMAN, null, "uk", true);
        assertEquals("de", machine.shownIn());
        assertTrue(machine.inOtherLanguage("uk"));
        assertFalse(machine.offered());
        assertNull(machine.title());
        assertEquals(List.of(), none.sent);
    }

    @Test
    void withAnEngineOtherReadersAreOfferedATranslationAndGetItOnlyWhenTheyAsk() {
        Engine engine = new Engine(true, true);
        PostingTranslations translations = new PostingTranslations(engine);
        PostingTranslations.Machine offered = translations.of(GERMAN, null, "uk", false);
        assertTrue(offered.offered());
        assertNull(offered.title());
        assertEquals(List.of(), engine.sent);

        PostingTranslations.Machine asked = translations.of(GERMAN, null, "uk", true);
        assertEquals("[uk] Katastrophenschutz lernen", asked.title().text());
        assertEquals(List.of("de>uk:Katastrophenschutz lernen"), engine.sent);
    }

    @Test
    void aReaderOfTheAuthorsLanguageIsOfferedNothing() {
        Engine engine = new Engine(true, true);
        PostingTranslations.Machine machine = new PostingTranslations(engine).of(GERMAN, null, "de", true);
        assertFalse(machine.inOtherLanguage("de"));
        assertFalse(machine.offered());
        assertEquals(List.of(), engine.sent);
    }

    @Test
    void anEngineThatDoesNotAnswerIsSaidSo() {
        PostingTranslations.Machine machine = new PostingTranslations(new Engine(true, false)).of(GERMAN, null, "en", true);
        assertTrue(machine.failed());
        assertNull(machine.title());
    }
}
