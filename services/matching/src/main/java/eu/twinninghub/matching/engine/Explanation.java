package eu.twinninghub.matching.engine;

import java.util.Map;

/**
 * One criterion's share of a score: {@code points} of at most {@code max}, and why, as a code with
 * parameters (ids and whole numbers), which {@code eu.twinninghub.api.match.Reasons} puts in words
 * in the reader's language.
 */
public record Explanation(Criterion criterion, double points, double max, String code, Map<String, String> params) {
}
