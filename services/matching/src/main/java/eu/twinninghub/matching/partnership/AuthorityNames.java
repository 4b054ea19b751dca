package eu.twinninghub.matching.partnership;

import eu.twinninghub.api.authority.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which authority of the register a row of an imported list means: by official code (KATOTTG, LAU,
 * NUTS) when it has one, or else by name within a country, with a confidence. Lists name places as
 * people write them ("Vinnytsia", "Вінниця", "Stadt Aachen"), the register by the official Latin
 * name ("Vinnytska miska terytorialna hromada"): both are reduced to the distinctive words, Cyrillic
 * romanised by Ukraine's 2010 rules as the register does ({@link Names}), and compared by shared
 * letter pairs (Dice, 0–1). Pure: no database, so the rules are unit-tested.
 */
public final class AuthorityNames {

    /** Below this nothing is offered; a name this close or closer to a single authority is taken. */
    static final double CANDIDATE = 0.7;
    /** Two candidates closer than this to each other: the list must say which (by code). */
    static final double MARGIN = 0.05;
    /** An exact match of the distinctive words is not an exact match of the whole official name. */
    static final double SAME_WORDS = 0.95;

    /** Words that say what kind of place it is, not which one. */
    private static final Set<String> GENERIC = Set.of("hromada", "terytorialna", "miska", "silska", "selyshchna",
            "otg", "city", "town", "municipality", "community", "of", "the", "stadt", "gemeinde", "hansestadt",
            "kreisstadt", "grosse", "landeshauptstadt", "marktgemeinde", "stadtgemeinde", "urzad", "gminy", "miejska",
            "gmina", "miasto", "commune", "ville", "de", "comune", "citta", "municipio", "ayuntamiento", "gemeente",
            "kommune", "savivaldybe", "miestas", "mesto", "obec", "город", "громада");

    /** One authority as the register knows it. */
    public record Authority(UUID id, String name, String country, String officialCode) {
    }

    /** How a row's side was found: CODE, NAME, AMBIGUOUS or NONE. */
    public enum How { CODE, NAME, AMBIGUOUS, NONE }

    public record Candidate(Authority authority, double confidence) {
    }

    /** {@code found}: the authority, when CODE or NAME; {@code candidates}: the closest, best first. */
    public record Found(How how, Authority found, double confidence, List<Candidate> candidates) {

        static final Found NONE = new Found(How.NONE, null, 0, List.of());
    }

    private record Entry(Authority authority, String words, long[] pairs) {
    }

    private final Map<String, Authority> byCode = new HashMap<>();
    private final Map<String, List<Entry>> byCountry = new HashMap<>();
    private final Map<String, Found> seen = new ConcurrentHashMap<>();

    public AuthorityNames(Collection<Authority> register) {
        for (Authority authority : register) {
            if (authority.officialCode() != null) {
                byCode.put(authority.officialCode().toUpperCase(Locale.ROOT), authority);
            }
            String words = words(authority.name());
            byCountry.computeIfAbsent(authority.country(), c -> new ArrayList<>())
                    .add(new Entry(authority, words, pairs(words)));
        }
    }

    public Found byCode(String code) {
        Authority authority = byCode.get(code.strip().toUpperCase(Locale.ROOT));
        return authority == null ? Found.NONE : new Found(How.CODE, authority, 1, List.of());
    }

    /** The authority of {@code country} that {@code name} means, if one stands out. */
    public Found byName(String name, String country) {
        return seen.computeIfAbsent(country + '\u0000' + name, key -> search(name, country));
    }

    private Found search(String name, String country) {
        // As written, and as a German or Polish spelling read the Ukrainian way (Winnyzja → vinnytsia).
        List<String> forms = Names.queryForms(name).stream().map(AuthorityNames::withoutGenericWords)
                .filter(form -> !form.isEmpty()).distinct().toList();
        if (forms.isEmpty()) {
            return Found.NONE;
        }
        List<long[]> pairs = forms.stream().map(AuthorityNames::pairs).toList();
        List<Candidate> close = new ArrayList<>();
        for (Entry entry : byCountry.getOrDefault(country, List.of())) {
            double confidence = forms.contains(entry.words) ? SAME_WORDS
                    : pairs.stream().mapToDouble(form -> dice(form, entry.pairs)).max().orElse(0) * SAME_WORDS;
            if (confidence >= CANDIDATE) {
                close.add(new Candidate(entry.authority, Math.round(confidence * 100) / 100.0));
            }
        }
        close.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
                .thenComparing(candidate -> candidate.authority().name()));
        List<Candidate> best = close.subList(0, Math.min(3, close.size()));
        if (best.isEmpty()) {
            return Found.NONE;
        }
        if (best.size() > 1 && best.get(0).confidence() - best.get(1).confidence() < MARGIN) {
            return new Found(How.AMBIGUOUS, null, 0, List.copyOf(best));
        }
        return new Found(How.NAME, best.get(0).authority(), best.get(0).confidence(), List.copyOf(best));
    }

    /** The distinctive words of a name: romanised ({@link Names#fold}), without generic words. */
    static String words(String name) {
        return name == null ? "" : withoutGenericWords(Names.fold(name));
    }

    private static String withoutGenericWords(String folded) {
        return Arrays.stream(folded.split(" ")).filter(word -> !word.isEmpty() && !GENERIC.contains(word))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /** The distinct letter pairs of each word, packed as sorted numbers for a fast intersection. */
    private static long[] pairs(String words) {
        return Arrays.stream(words.split(" "))
                .flatMapToLong(word -> java.util.stream.IntStream.range(0, Math.max(0, word.length() - 1))
                        .mapToLong(i -> ((long) word.charAt(i) << 16) | word.charAt(i + 1)))
                .distinct().sorted().toArray();
    }

    private static double dice(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }
}
