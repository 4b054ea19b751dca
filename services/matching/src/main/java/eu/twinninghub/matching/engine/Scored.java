package eu.twinninghub.matching.engine;

import java.util.Comparator;
import java.util.UUID;

/** A candidate and its score, 0 to 100. Ranked by score, then by id, so that every ranking is repeatable. */
public record Scored(UUID id, double score) {

    public static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Scored::id);
}
