package eu.twinninghub.api.language;

import java.util.List;

/**
 * The languages the platform speaks to people in: its pages, the reasons of a score, the inbox and
 * the e-mails. One list, so that a language is added everywhere at once; the pattern is the same list
 * for the validation annotations, which take only constants.
 */
public final class PageLanguages {

    /** ISO 639-1 codes; the first is the platform's own, English is the fallback for any other. */
    public static final List<String> ALL = List.of("uk", "en", "de", "pl");

    public static final String PATTERN = "^(uk|en|de|pl)$";

    public static final String MESSAGE = "must be uk, en, de or pl";

    private PageLanguages() {
    }
}
