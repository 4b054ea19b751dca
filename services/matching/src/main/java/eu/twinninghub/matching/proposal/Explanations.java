package eu.twinninghub.matching.proposal;

import eu.twinninghub.api.match.CriterionScore;
import eu.twinninghub.matching.engine.Explanation;
import java.util.List;

/** An explanation as the API shows it: points to one decimal. */
public final class Explanations {

    private Explanations() {
    }

    public static List<CriterionScore> of(List<Explanation> explanation) {
        return explanation.stream().map(e -> new CriterionScore(e.criterion().name(), tenth(e.points()),
                tenth(e.max()), e.reason())).toList();
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
