package eu.twinninghub.matching.engine;

/** One criterion's share of a score: {@code points} of at most {@code max}, and why, in plain words. */
public record Explanation(Criterion criterion, double points, double max, String reason) {
}
