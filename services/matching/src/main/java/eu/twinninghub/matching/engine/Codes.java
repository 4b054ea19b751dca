package eu.twinninghub.matching.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Codes (sector, subsector, support mode, language ids) as bits of a long, so that most
 * comparisons are one AND. The first 63 codes seen get a bit each; any further code shares the
 * last bit ({@link #RARE}), and a comparison that meets that bit on both sides falls back to the
 * sets: exact always, fast for the codes that matter.
 */
final class Codes {

    private static final int SHARED = 63;
    static final long RARE = 1L << SHARED;

    private final Map<String, Integer> bits = new HashMap<>();

    long mask(Set<String> codes) {
        long mask = 0;
        for (String code : codes) {
            mask |= bit(code);
        }
        return mask;
    }

    long bit(String code) {
        if (code == null) {
            return 0;
        }
        int bit = bits.computeIfAbsent(code, c -> Math.min(bits.size(), SHARED));
        return 1L << bit;
    }

    /** How many codes two sets share: for when the masks cannot tell. */
    static int shared(Set<String> a, Set<String> b) {
        int common = 0;
        for (String code : a) {
            if (b.contains(code)) {
                common++;
            }
        }
        return common;
    }
}
