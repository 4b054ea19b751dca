package eu.twinninghub.api.posting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import eu.twinninghub.api.language.PageLanguages;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A posting's text in one or more of the page languages; the use case requires at least one.
 * {@code original} is the language its author wrote it in, the others being the author's own
 * translations; when a caller leaves it out, it is the first given of uk, en, de and pl.
 */
@Schema(name = "Texts", description = "A text in one or more of the page languages (at least one). `original` is the"
        + " language the author wrote it in; left out, it is the first given of uk, en, de, pl.")
public record Texts(@Size(max = 10_000) String uk,
                    @Size(max = 10_000) String en,
                    @Size(max = 10_000) String de,
                    @Size(max = 10_000) String pl,
                    @Pattern(regexp = PageLanguages.PATTERN, message = PageLanguages.MESSAGE) String original) {

    public Texts(String uk, String en) {
        this(uk, en, null, null, null);
    }

    /** The text in {@code language}, or null when there is none. */
    public String in(String language) {
        String text = switch (language) {
            case "uk" -> uk;
            case "en" -> en;
            case "de" -> de;
            case "pl" -> pl;
            default -> null;
        };
        return text == null || text.isBlank() ? null : text;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return PageLanguages.ALL.stream().allMatch(language -> in(language) == null);
    }

    /** The language the author wrote in: as declared, or else the first present; empty when there is no text. */
    public Optional<String> originalLanguage() {
        if (original != null) {
            return Optional.of(original);
        }
        return PageLanguages.ALL.stream().filter(language -> in(language) != null).findFirst();
    }
}
