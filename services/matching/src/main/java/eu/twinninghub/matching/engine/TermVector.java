package eu.twinninghub.matching.engine;

import java.util.Map;
import java.util.SortedMap;

/** A unit-length sparse vector of term weights, ids ascending, so that a cosine is one merge. */
final class TermVector {

    static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

    final int[] terms;
    final double[] weights;

    private TermVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
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
