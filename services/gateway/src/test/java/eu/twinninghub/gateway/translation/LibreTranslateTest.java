package eu.twinninghub.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.twinninghub.testing.TranslationEngineStandIn;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter against a local stand-in that follows LibreTranslate's published API. No real engine
 * runs here: the stand-in knows a handful of phrases, which is all the adapter's contract needs.
 */
class LibreTranslateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "local-development-key";

    private TranslationEngineStandIn engine;

    @BeforeEach
    void startTheEngine() throws IOException {
        engine = new TranslationEngineStandIn(KEY, Map.of(
                "uk>de:Дякуємо! Березень нам підходить.", "Danke! Der März passt uns.",
                "de>uk:Können Sie im März kommen?", "Чи можете ви приїхати в березні?"));
    }

    @AfterEach
    void stopTheEngine() {
        engine.close();
    }

    private LibreTranslate adapter(String key) {
        return new LibreTranslate(engine.url(), Optional.ofNullable(key), Duration.ofSeconds(2), 100, JSON);
    }

    @Test
    void aMessageIsTranslatedLabelledAndAskedForOnce() {
        LibreTranslate translator = adapter(KEY);
        assertTrue(translator.available());
        Translator.Translation translation = translator.translate("Дякуємо! Березень нам підходить.", "uk", "de")
                .orElseThrow();
        assertEquals(new Translator.Translation("Danke! Der März passt uns.", "uk", "de", "LibreTranslate"), translation);
        JsonNode sent = engine.received().get(0);
        assertEquals("Дякуємо! Березень нам підходить.", sent.path("q").asText());
        assertEquals("uk", sent.path("source").asText());
        assertEquals("de", sent.path("target").asText());
        assertEquals("text", sent.path("format").asText(), "a message is plain text, never HTML");

        assertEquals(translation, translator.translate("Дякуємо! Березень нам підходить.", "uk", "de").orElseThrow());
        assertEquals(1, engine.received().size(), "the second reading comes from the cache");
        assertEquals("Чи можете ви приїхати в березні?",
                translator.translate("Können Sie im März kommen?", "de", "uk").orElseThrow().text());
        assertEquals(2, engine.received().size());
    }

    @Test
    void anEngineThatRefusesOrIsGoneGivesNoTranslationAndNothingIsCached() throws IOException {
        assertEquals(Optional.empty(), adapter("wrong key").translate("Können Sie im März kommen?", "de", "uk"));
        assertEquals(Optional.empty(), adapter(KEY).translate("Labas", "lt", "lt-x"));
        assertEquals(2, engine.received().size());
        assertTrue(adapter(KEY).translate("Können Sie im März kommen?", "de", "uk").isPresent(),
                "a refusal before was not cached as an answer");

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        LibreTranslate gone = new LibreTranslate(URI.create("http://127.0.0.1:" + closed + "/lt/"), Optional.of(KEY),
                Duration.ofSeconds(1), 100, JSON);
        assertEquals(Optional.empty(), gone.translate("Können Sie im März kommen?", "de", "uk"));
    }

    @Test
    void withoutAnEngineNothingIsOfferedOrSent() {
        assertFalse(Translators.NONE.available());
        assertEquals(Optional.empty(), Translators.NONE.translate("Können Sie im März kommen?", "de", "uk"));
        assertTrue(engine.received().isEmpty());
    }
}
