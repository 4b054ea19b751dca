package eu.twinninghub.api.match;

import eu.twinninghub.api.language.PageLanguages;
import eu.twinninghub.api.taxonomy.Label;
import eu.twinninghub.api.taxonomy.Taxonomy;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A criterion's reason in the reader's language: a code with parameters (what the engine decided,
 * e.g. {@code support.share} with {@code percent=50, modes=equipment}) rendered from the bundle
 * {@code reasons} of this package. The parameters hold ids and numbers, never words: a sector is
 * named in the reader's language from the taxonomy, a working language by its name in the reader's
 * language, a number with the reader's digit grouping. Used by matching (its API answers in the
 * language asked for) and by the gateway (its pages and the language they are read in).
 */
public final class Reasons {

    /** The languages the reasons are written in (the pages'); any other reads English. */
    public static final List<String> LANGUAGES = PageLanguages.ALL;

    private static final String BUNDLE = "eu.twinninghub.api.match.reasons";
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z]+)}");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Reasons() {
    }

    /** The reason of {@code code} with {@code params}, in {@code locale}'s language (English if not written in it). */
    public static String render(String code, Map<String, String> params, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String template;
        try {
            template = bundle.getString(code);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no reason " + code, e);
        }
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = params.get(name);
            matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? "?" : format(name, value, bundle,
                    locale)));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = LANGUAGES.contains(locale.getLanguage()) ? Locale.of(locale.getLanguage()) : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, language, Reasons.class.getClassLoader(), NO_FALLBACK);
    }

    private static String format(String name, String value, ResourceBundle bundle, Locale locale) {
        return switch (name) {
            case "sector" -> Taxonomy.standard().sector(value).map(s -> s.label(locale)).orElse(value);
            case "modes" -> list(value, id -> Taxonomy.standard().supportMode(id).map(m -> ((Label) m).label(locale))
                    .orElse(id), bundle);
            case "languages" -> list(value, code -> Locale.forLanguageTag(code).getDisplayLanguage(locale), bundle);
            case "urgency" -> bundle.getString("value.urgency." + value);
            case "percent" -> NumberFormat.getPercentInstance(locale).format(Long.parseLong(value) / 100.0);
            default -> value.matches("\\d+") ? NumberFormat.getIntegerInstance(locale).format(Long.parseLong(value)) : value;
        };
    }

    /** "a, b": the ids of a comma-separated parameter, each named; "none" for no id. */
    private static String list(String ids, java.util.function.Function<String, String> name, ResourceBundle bundle) {
        if (ids.isBlank()) {
            return bundle.getString("value.none");
        }
        return Arrays.stream(ids.split(",")).map(String::strip).map(name).collect(Collectors.joining(", "));
    }
}
