package eu.twinninghub.matching.engine;

/**
 * The fairness term of global allocation, in score points. Each hromada's first assigned need is
 * worth {@code firstNeed} more, so that serving one more hromada beats serving the same one twice;
 * a village hromada's {@code village} more, and one under {@code smallPopulation} people
 * {@code small} more: today's twinnings go to towns four times the median hromada's size.
 */
public record Fairness(double firstNeed, double village, double small, long smallPopulation) {

    /** 10,700 is about the median hromada's population (shared data README). */
    public static final Fairness DEFAULT = new Fairness(6, 4, 3, 10_700);

    public static final Fairness NONE = new Fairness(0, 0, 0, 0);

    double bonus(NeedProfile need) {
        double bonus = firstNeed;
        if (need.village()) {
            bonus += village;
        }
        if (need.population() != null && need.population() < smallPopulation) {
            bonus += small;
        }
        return bonus;
    }
}
