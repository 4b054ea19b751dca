package eu.twinninghub.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * Candidates grouped by the features that bound their score (sector, support modes, languages,
 * urgency). A query works out each group's best possible score, visits groups best first, scores
 * their members exactly, and stops as soon as no group left can beat the k-th best found: the
 * answer is exactly brute force's, found by scoring a small part of the candidates.
 */
final class GroupIndex {

    /** A group's members share this key; what the parts mean is up to the side that built the index. */
    record Key(long a, long b, long c, int d) {
    }

    interface Bound {
        double of(Key key);
    }

    private final Key[] keys;
    private final int[][] members;

    GroupIndex(int size, java.util.function.IntFunction<Key> keyOf) {
        Map<Key, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < size; i++) {
            groups.computeIfAbsent(keyOf.apply(i), k -> new ArrayList<>()).add(i);
        }
        keys = groups.keySet().toArray(Key[]::new);
        members = new int[keys.length][];
        for (int g = 0; g < keys.length; g++) {
            members[g] = groups.get(keys[g]).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    int groups() {
        return keys.length;
    }

    /** Fills {@code top} with the best candidates that {@code allowed} lets through; answers how many were scored. */
    int top(TopK top, Bound bound, IntToDoubleFunction score, IntPredicate allowed,
            java.util.function.IntFunction<java.util.UUID> idOf) {
        double[] bounds = new double[keys.length];
        Integer[] order = new Integer[keys.length];
        for (int g = 0; g < keys.length; g++) {
            bounds[g] = bound.of(keys[g]);
            order[g] = g;
        }
        Arrays.sort(order, (x, y) -> Double.compare(bounds[y], bounds[x]));
        int scored = 0;
        for (int g : order) {
            // A margin for rounding: the bound and the exact score add the same terms in another order.
            if (top.isFull() && bounds[g] + 1e-9 < top.worstScore()) {
                break;
            }
            for (int member : members[g]) {
                if (allowed.test(member)) {
                    top.offer(idOf.apply(member), member, score.applyAsDouble(member));
                    scored++;
                }
            }
        }
        return scored;
    }
}
