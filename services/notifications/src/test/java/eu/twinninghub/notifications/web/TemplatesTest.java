package eu.twinninghub.notifications.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.notifications.templates.Texts;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.MongoTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every message exists in every language of the pages, renders with its data, and is translated. */
@QuarkusTest
@WithTestResource(MongoTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class TemplatesTest {

    private static final Map<String, Object> DATA = Map.ofEntries(
            Map.entry("partners", "Aachen"),
            Map.entry("need", "Котельня"),
            Map.entry("score", 82),
            Map.entry("deadline", "2026-12-06"),
            Map.entry("hromada", "Вінницька громада"),
            Map.entry("by", "Aachen"),
            Map.entry("reason", "no staff"),
            Map.entry("parties", "Vinnytsia, Aachen"),
            Map.entry("since", "2026-08-01"),
            Map.entry("name", "Вінницька громада"),
            Map.entry("authority", "Вінницька громада"),
            Map.entry("role", "member"),
            Map.entry("person", "Olena Kovalenko"),
            Map.entry("subject", "Котельня"),
            Map.entry("language", "Deutsch"),
            Map.entry("source", "A network's list"),
            Map.entry("reasons", "they share a working language (English)"));

    @Inject
    Texts texts;

    @Test
    void everyMessageRendersInEveryLanguage() {
        for (String message : List.of("match-proposed-need", "match-proposed-offer", "match-accepted",
                "match-declined", "match-expired", "partnership-established", "partnership-completed",
                "partnership-cancelled", "partnership-dormant", "partnership-registered", "partnership-invited",
                "partnership-joined", "partnership-left", "partnership-coordinator", "authority-verified",
                "claim-approved", "claim-rejected", "colleague-joined", "conversation-opened", "conversation-message",
                "conversation-closed")) {
            Texts.Translated all = texts.render(message, lang -> DATA);
            for (String lang : Texts.LANGUAGES) {
                Texts.Rendered rendered = all.in(lang);
                assertFalse(rendered.title().isBlank(), message + " " + lang);
                assertFalse(rendered.body().isBlank(), message + " " + lang);
                if (!lang.equals("en")) {
                    assertNotEquals(all.in("en").body(), rendered.body(), message + " is translated into " + lang);
                }
            }
        }
        Texts.Rendered digest = texts.render("needs-digest", "uk", Map.of("count", 2, "needs",
                List.of("Котельня", "Водогін")));
        assertTrue(digest.body().contains("– Водогін"));
        Texts.Rendered mail = texts.render("email-digest", "en", Map.of("count", 1, "items",
                List.of(new Texts.Rendered("A title", "A body"))));
        assertTrue(mail.body().contains("A title") && mail.title().contains("1 new"));
    }
}
