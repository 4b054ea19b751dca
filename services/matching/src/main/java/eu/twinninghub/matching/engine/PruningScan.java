package eu.twinninghub.matching.engine;

import java.util.UUID;

/**
 * Exact top-k without scoring everything. Candidates of the same sector come first: an upper bound
 * of the score is computed for all of them (the bit-mask criteria exactly, the word similarity
 * bounded by term signatures), the most promising are scored in full, and the rest only when their
 * bound still beats the k-th best. The other sectors are looked at only when even
 * their best possible score could enter the top k. The answer is the brute-force answer; only the
 * work differs.
 */
final class PruningScan {

    /** Margin for rounding: a bound and a score add the same terms, but not in the same order. */
    private static final double MARGIN = 1e-9;
    /** How many candidates the first, unpruned pass scores, as a multiple of k. */
    private static final int FIRST_PASS = 4;

    private static final ThreadLocal<double[]> BOUNDS = ThreadLocal.withInitial(() -> new double[1024]);

    interface Side {
        /** Candidates of the query's sectors (each at most once). */
        Compiled.Column[] inSector();

        /** {@link #bound} of each candidate of {@code column}, in its order. */
        void bounds(Compiled.Column column, double[] into);

        /** Whether candidate {@code i} is in one of the query's sectors. */
        boolean isInSector(int i);

        int size();

        /** At least the score of candidate {@code i}, for far less work. */
        double bound(int i);

        double score(int i);

        boolean allowed(int i);

        UUID id(int i);
    }

    private PruningScan() {
    }

    static int top(TopK top, Side side, double bestOutside) {
        int scored = 0;
        for (Compiled.Column column : side.inSector()) {
            scored += scan(top, side, column);
        }
        if (!top.isFull() || bestOutside + MARGIN >= top.worstScore()) {
            for (int i = 0; i < side.size(); i++) {
                if (!side.isInSector(i) && (!top.isFull() || side.bound(i) + MARGIN >= top.worstScore())
                        && side.allowed(i)) {
                    top.offer(side.id(i), i, side.score(i));
                    scored++;
                }
            }
        }
        return scored;
    }

    private static int scan(TopK top, Side side, Compiled.Column column) {
        int[] list = column.members;
        double[] bounds = BOUNDS.get();
        if (bounds.length < list.length) {
            bounds = new double[Math.max(list.length, bounds.length * 2)];
            BOUNDS.set(bounds);
        }
        side.bounds(column, bounds);
        double first = threshold(bounds, list.length, FIRST_PASS * top.capacity());
        int scored = 0;
        for (int j = 0; j < list.length; j++) {
            if (bounds[j] >= first && side.allowed(list[j])) {
                top.offer(side.id(list[j]), list[j], side.score(list[j]));
                scored++;
            }
        }
        for (int j = 0; j < list.length; j++) {
            double bound = bounds[j];
            if (bound < first && (!top.isFull() || bound + MARGIN >= top.worstScore()) && side.allowed(list[j])) {
                top.offer(side.id(list[j]), list[j], side.score(list[j]));
                scored++;
            }
        }
        return scored;
    }

    /** A value such that about {@code wanted} of the bounds are at or above it (a histogram of whole points). */
    private static double threshold(double[] bounds, int length, int wanted) {
        int[] buckets = new int[102];
        for (int j = 0; j < length; j++) {
            buckets[(int) Math.clamp(Math.floor(bounds[j]), 0, 101)]++;
        }
        int seen = 0;
        for (int b = 101; b >= 0; b--) {
            seen += buckets[b];
            if (seen >= wanted) {
                return b;
            }
        }
        return -Double.MAX_VALUE;
    }
}
