package eu.twinninghub.api.authority;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names in any script reduced to one searchable Latin form, so that "Харків", "Kharkiv" and
 * "Charkiw" find the same city. Cyrillic is romanised by Ukraine's national transliteration
 * (Cabinet of Ministers resolution No. 55 of 2010), the one used in passports and on road signs.
 */
public final class Names {

    private static final Map<Character, String> UKRAINIAN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"),
            Map.entry('и', "y"), Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ь', ""), Map.entry('ю', "iu"), Map.entry('я', "ia"),
            // Russian letters appear in older sources; romanised the nearest Ukrainian way
            Map.entry('ё', "io"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('э', "e"));

    /** At the start of a word these letters take their Y-forms: Єнакієве → Yenakiieve, Яготин → Yahotyn. */
    private static final Map<Character, String> UKRAINIAN_INITIAL = Map.of(
            'є', "ye", 'ї', "yi", 'й', "y", 'ю', "yu", 'я', "ya");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Names() {
    }

    /** The national romanisation of a Ukrainian name; Latin text is returned unchanged. */
    public static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin = wordStart ? UKRAINIAN_INITIAL.getOrDefault(lower, UKRAINIAN.get(lower)) : UKRAINIAN.get(lower);
            if (lower == 'г' && i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 'з') {
                latin = "gh";
            }
            if (latin == null) {
                if (!APOSTROPHES.matcher(String.valueOf(c)).matches()) {
                    out.append(c);
                }
            } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
                boolean nextUpper = i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
                out.append(nextUpper ? latin.toUpperCase(Locale.ROOT)
                        : Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
            } else {
                out.append(latin);
            }
            wordStart = !Character.isLetter(c) && !APOSTROPHES.matcher(String.valueOf(c)).matches();
        }
        return out.toString();
    }

    /** Lower-case ASCII words: transliterated, accents dropped, punctuation turned into spaces. */
    public static String fold(String text) {
        String latin = transliterate(text).toLowerCase(Locale.ROOT);
        String unaccented = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("")
                .replace("ß", "ss").replace("ł", "l");
        return SEPARATORS.matcher(unaccented).replaceAll(" ").trim();
    }

    /**
     * The forms a query is looked for in: as typed, as a German or Polish spelling read the Ukrainian
     * way (Charkiw → kharkiv, Tschernihiw → chernihiv, Winnyzja → vinnytsia), and without an inflected ending, because
     * hromadas are named with adjectives ("Vinnytsia" → "vinnyts", found in "Vinnytska miska ...").
     */
    public static Set<String> queryForms(String query) {
        String folded = fold(query);
        Set<String> forms = new LinkedHashSet<>();
        if (folded.isEmpty()) {
            return forms;
        }
        forms.add(folded);
        String ukrainianWay = folded.replace("tsch", "\u0001").replace("sch", "sh").replace("ch", "kh")
                .replace("\u0001", "ch").replace("w", "v").replace("j", "i").replaceAll("z(?!h)", "ts");
        forms.add(ukrainianWay);
        for (String form : Set.copyOf(forms)) {
            String stem = form.replaceFirst("(ia|ya|a|e|i|o|y)$", "");
            if (stem.length() >= 5 && !form.contains(" ")) {
                forms.add(stem);
            }
        }
        return forms;
    }
}
