package eu.twinninghub.api.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The taxonomy's labels in the page languages the shared data does not carry (German and Polish),
 * from {@code labels_<language>.properties} beside this class; TaxonomyTranslationsTest fails when an
 * id has no label in either.
 */
final class Translations {

    /** The languages translated here; Ukrainian and English come with the taxonomy. */
    static final List<String> LANGUAGES = List.of("de", "pl");

    private static final Map<String, ResourceBundle> BUNDLES = Map.of(
            "de", load("de"), "pl", load("pl"));

    private Translations() {
    }

    /** {@code id}'s label in {@code language}, if translated. */
    static Optional<String> of(String language, String id) {
        ResourceBundle bundle = BUNDLES.get(language);
        if (bundle == null || !bundle.containsKey(id)) {
            return Optional.empty();
        }
        return Optional.of(bundle.getString(id));
    }

    private static ResourceBundle load(String language) {
        try {
            return ResourceBundle.getBundle("eu.twinninghub.api.taxonomy.labels", Locale.of(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the " + language + " labels of the taxonomy are missing", e);
        }
    }
}
