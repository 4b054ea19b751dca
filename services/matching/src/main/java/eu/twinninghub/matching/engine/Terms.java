package eu.twinninghub.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words of a text as matching compares them: lower case, letters and digits only, common words
 * dropped, each cut to its first {@value #STEM} letters. Cutting is a crude stemmer, but it works
 * alike for Ukrainian and English inflection ("водопостачання", "водопостачанню"; "heating",
 * "heated") and needs no dictionary; the cost is the odd false friend between long words.
 */
final class Terms {

    static final int STEM = 7;

    private static final Set<String> COMMON = Set.of(
            "the", "and", "for", "with", "from", "that", "this", "our", "their", "its", "into", "are", "was", "will",
            "have", "has", "can", "all", "per", "new", "які", "яка", "який", "для", "від", "або", "також", "щодо",
            "через", "та", "що", "при", "між", "після", "під", "над", "усіх", "всіх", "року", "роки", "років");

    private Terms() {
    }

    static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                add(lower.substring(start, i), terms);
                start = -1;
            }
        }
        return terms;
    }

    private static void add(String word, List<String> terms) {
        if (word.length() < 3 || COMMON.contains(word)) {
            return;
        }
        terms.add(word.length() > STEM ? word.substring(0, STEM) : word);
    }
}
