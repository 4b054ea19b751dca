package eu.twinninghub.matching.engine;

import java.util.Map;
import java.util.SortedMap;

/**
 * A unit-length sparse vector of term weights, ids ascending, so that a cosine is one merge; with
 * a 256-bit signature of its terms, so that a cosine's upper bound costs a few operations: two
 * vectors can only share terms whose bits both signatures have.
 */
final class TermVector {

    static final int BITS = 256;
    static final int WORDS = BITS / 64;
    static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

    final int[] terms;
    final double[] weights;
    final long[] signature = new long[WORDS];

    private TermVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
        for (int term : terms) {
            int bit = bit(term);
            signature[bit >>> 6] |= 1L << bit;
        }
    }

    private static int bit(int term) {
        return (term * 0x9E3779B1) >>> 24;
    }

    /** The squared weights of this vector per signature bit: what {@link #bound} adds up. */
    double[] mass() {
        double[] mass = new double[BITS];
        for (int i = 0; i < terms.length; i++) {
            mass[bit(terms[i])] += weights[i] * weights[i];
        }
        return mass;
    }

    /**
     * At least the cosine of the vector of {@code mass} and {@code signature} with the vector whose
     * signature is at {@code at} in {@code signatures}: by Cauchy–Schwarz, the cosine is at most the
     * length of the first vector restricted to the terms the two may share.
     */
    static double bound(double[] mass, long[] signature, long[] signatures, int at) {
        double sum = 0;
        int base = at * WORDS;
        for (int w = 0; w < WORDS; w++) {
            for (long common = signature[w] & signatures[base + w]; common != 0; common &= common - 1) {
                sum += mass[(w << 6) + Long.numberOfTrailingZeros(common)];
            }
        }
        return Math.min(1.0, Math.sqrt(sum) + 1e-12);
    }

    /** The signatures of many vectors in one array, {@link #WORDS} longs each, read in order by the index. */
    static long[] signatures(TermVector[] vectors) {
        long[] all = new long[vectors.length * WORDS];
        for (int i = 0; i < vectors.length; i++) {
            System.arraycopy(vectors[i].signature, 0, all, i * WORDS, WORDS);
        }
        return all;
    }

    static TermVector of(SortedMap<Integer, Double> weights) {
        double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        if (norm == 0) {
            return EMPTY;
        }
        int[] terms = new int[weights.size()];
        double[] values = new double[weights.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : weights.entrySet()) {
            terms[i] = e.getKey();
            values[i++] = e.getValue() / norm;
        }
        return new TermVector(terms, values);
    }

    double cosine(TermVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] == other.terms[j]) {
                sum += weights[i++] * other.weights[j++];
            } else if (terms[i] < other.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, sum);
    }
}
