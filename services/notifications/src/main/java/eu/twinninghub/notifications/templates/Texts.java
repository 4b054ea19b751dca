package eu.twinninghub.notifications.templates;

import eu.twinninghub.api.language.PageLanguages;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Titles and bodies in the languages of the pages (Ukrainian, English, German, Polish), from the Qute
 * templates under {@code templates/notifications/<message>_<language>.txt}, each with a
 * {@code title} and a {@code body} fragment.
 */
@ApplicationScoped
public class Texts {

    public static final List<String> LANGUAGES = PageLanguages.ALL;

    public Texts(Engine engine) {
        this.engine = engine;
    }

    /** A message rendered in one language. */
    public record Rendered(String title, String body) {
    }

    /** A message rendered in every language: the reader's is chosen when it is read. */
    public record Translated(Map<String, Rendered> byLanguage) {

        /** In {@code language}, or in English for a language the messages are not written in. */
        public Rendered in(String language) {
            return byLanguage.getOrDefault(language, byLanguage.get("en"));
        }
    }

    private final Engine engine;

    /** Renders {@code message}; {@code data} gives the values for a language (names differ by language). */
    public Translated render(String message, Function<String, Map<String, Object>> data) {
        Map<String, Rendered> byLanguage = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> byLanguage.put(language, render(message, language, data.apply(language))));
        return new Translated(byLanguage);
    }

    /** {@code message} in {@code language}, or in English for a language the messages are not written in. */
    public Rendered render(String message, String language, Map<String, Object> data) {
        String written = written(language);
        Template template = engine.getTemplate("notifications/" + message + "_" + written);
        if (template == null) {
            throw new IllegalArgumentException("no template for " + message + " in " + written);
        }
        return new Rendered(template.getFragment("title").data(data).render().strip(),
                template.getFragment("body").data(data).render().strip());
    }

    /** {@code language} if the messages are written in it, else English. */
    public static String written(String language) {
        return LANGUAGES.contains(language) ? language : "en";
    }

    /** The word for {@code language}, given in Ukrainian, English, German and Polish; English for any other. */
    public static String word(String language, String uk, String en, String de, String pl) {
        return switch (written(language)) {
            case "uk" -> uk;
            case "de" -> de;
            case "pl" -> pl;
            default -> en;
        };
    }
}
