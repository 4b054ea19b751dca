package eu.twinninghub.api.taxonomy;

import java.util.Locale;

/** A taxonomy entry: a stable id and its labels (English and Ukrainian in the taxonomy itself). */
public interface Label {

    String id();

    String en();

    String uk();

    /**
     * The label in the reader's language: Ukrainian and English from the taxonomy, German and Polish
     * from the project's own translations ({@link Translations}); English for any other language.
     */
    default String label(Locale locale) {
        String language = locale.getLanguage();
        return "uk".equals(language) ? uk() : Translations.of(language, id()).orElse(en());
    }
}
