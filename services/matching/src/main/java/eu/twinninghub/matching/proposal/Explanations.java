package eu.twinninghub.matching.proposal;

import eu.twinninghub.api.match.CriterionScore;
import eu.twinninghub.api.match.Reasons;
import eu.twinninghub.matching.engine.Explanation;
import java.util.List;
import java.util.Locale;

/** An explanation as the API shows it: points to one decimal, the reason in English until a reader asks otherwise. */
public final class Explanations {

    private Explanations() {
    }

    public static List<CriterionScore> of(List<Explanation> explanation) {
        return explanation.stream().map(e -> new CriterionScore(e.criterion().name(), tenth(e.points()),
                tenth(e.max()), Reasons.render(e.code(), e.params(), Locale.ENGLISH), e.code(), e.params())).toList();
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
