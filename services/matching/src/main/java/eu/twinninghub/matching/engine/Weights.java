package eu.twinninghub.matching.engine;

/**
 * How many of the 100 points each criterion can give. The defaults put the sector first, then what
 * the partners would actually do together (support modes, expertise), then whether they can talk
 * to each other; the rest separates close candidates.
 */
public record Weights(double sector, double subsector, double supportMode, double expertise, double language,
                      double scale, double urgency, double capacity, double ties, double geography) {

    public static final Weights DEFAULT = new Weights(25, 10, 15, 20, 10, 6, 6, 4, 2, 2);

    public Weights {
        for (double w : new double[] {sector, subsector, supportMode, expertise, language, scale, urgency, capacity,
                ties, geography}) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("weights are zero or more: " + w);
            }
        }
        if (sector + subsector + supportMode + expertise + language + scale + urgency + capacity + ties + geography
                <= 0) {
            throw new IllegalArgumentException("at least one weight must be above zero");
        }
    }

    public double total() {
        return sector + subsector + supportMode + expertise + language + scale + urgency + capacity + ties + geography;
    }

    double of(Criterion criterion) {
        return switch (criterion) {
            case SECTOR -> sector;
            case SUBSECTOR -> subsector;
            case SUPPORT_MODE -> supportMode;
            case EXPERTISE -> expertise;
            case LANGUAGE -> language;
            case SCALE -> scale;
            case URGENCY -> urgency;
            case CAPACITY -> capacity;
            case TIES -> ties;
            case GEOGRAPHY -> geography;
        };
    }
}
