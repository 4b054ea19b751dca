package eu.twinninghub.api.taxonomy;

import java.util.Locale;

/** A taxonomy entry: a stable id and its labels in English and Ukrainian. */
public interface Label {

    String id();

    String en();

    String uk();

    /** The label in the reader's language; English for any language the taxonomy does not carry. */
    default String label(Locale locale) {
        return "uk".equals(locale.getLanguage()) ? uk() : en();
    }
}
