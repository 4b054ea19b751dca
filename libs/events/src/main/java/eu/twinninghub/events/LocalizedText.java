package eu.twinninghub.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A text in one or more of the page languages (uk, en, de, pl), at least one present;
 * {@code original} is the one its author wrote, the others are the author's own translations.
 * Before v2 of the posting events only uk and en existed, and records of that time have no
 * {@code original}.
 */
public record LocalizedText(String uk, String en, String de, String pl, String original) {

    public LocalizedText(String uk, String en) {
        this(uk, en, null, null, null);
    }

    /** The text in {@code language}, or null. */
    public String in(String language) {
        return switch (language) {
            case "uk" -> uk;
            case "en" -> en;
            case "de" -> de;
            case "pl" -> pl;
            default -> null;
        };
    }

    /** Whether data of the v1 posting events, which knew only Ukrainian and English, can carry it. */
    @JsonIgnore
    public boolean inUkrainianOrEnglish() {
        return present(uk) || present(en);
    }

    private static boolean present(String text) {
        return text != null && !text.isEmpty();
    }
}
