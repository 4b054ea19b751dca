package eu.twinninghub.notifications.templates;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Function;

/**
 * Titles and bodies in Ukrainian and English, from the Qute templates under
 * {@code templates/notifications/<message>_<language>.txt}, each with a {@code title} and a
 * {@code body} fragment.
 */
@ApplicationScoped
public class Texts {

    public static final String[] LANGUAGES = {"uk", "en"};

    public Texts(Engine engine) {
        this.engine = engine;
    }

    /** A message rendered in one language. */
    public record Rendered(String title, String body) {
    }

    /** A message rendered in both languages: the reader's is chosen when it is read. */
    public record Bilingual(Rendered uk, Rendered en) {

        public Rendered in(String language) {
            return "uk".equals(language) ? uk : en;
        }
    }

    private final Engine engine;

    /** Renders {@code message}; {@code data} gives the values for a language (names differ by language). */
    public Bilingual render(String message, Function<String, Map<String, Object>> data) {
        return new Bilingual(render(message, "uk", data.apply("uk")), render(message, "en", data.apply("en")));
    }

    /**
     * {@code message} in {@code language}: Ukrainian or English, the languages the messages are
     * written in; a person who reads the pages in German or Polish gets English (issue 25 adds theirs).
     */
    public Rendered render(String message, String language, Map<String, Object> data) {
        String written = "uk".equals(language) ? "uk" : "en";
        Template template = engine.getTemplate("notifications/" + message + "_" + written);
        if (template == null) {
            throw new IllegalArgumentException("no template for " + message + " in " + written);
        }
        return new Rendered(template.getFragment("title").data(data).render().strip(),
                template.getFragment("body").data(data).render().strip());
    }
}
