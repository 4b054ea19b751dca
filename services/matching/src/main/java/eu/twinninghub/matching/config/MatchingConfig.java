package eu.twinninghub.matching.config;

import eu.twinninghub.matching.engine.Fairness;
import eu.twinninghub.matching.engine.Weights;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How matching scores, proposes and reminds; every value has a default in application.properties. */
@ConfigMapping(prefix = "twinning.matching")
public interface MatchingConfig {

    WeightsConfig weights();

    FairnessConfig fairness();

    /** Pairs below this score are never proposed. */
    @WithDefault("50")
    double minScore();

    /** Offers each need's allocation looks at. */
    @WithDefault("10")
    int candidatesPerNeed();

    /** Offers a cluster proposal brings together at most. */
    @WithDefault("3")
    int clusterSize();

    /** Hromadas a region's offer is proposed to together at most (and never more than its free places). */
    @WithDefault("5")
    int regionalClusterSize();

    /** How long a proposal waits for its answers before it expires. */
    @WithDefault("P14D")
    Duration proposalTtl();

    /** A partnership without an update, a milestone or a message between members for this long is DORMANT. */
    @WithDefault("P90D")
    Duration dormantAfter();

    ConversationLimits conversations();

    /**
     * How old the Alliance's figures served may be before a reader's request computes them again.
     * They are recomputed in the background every {@code twinning.analytics.refresh} (60 s), so with
     * twice that no reader waits for them; zero computes them for every request.
     */
    @WithDefault("PT120S")
    Duration analyticsFreshFor();

    /**
     * Against spam and abuse: an authority blasting "let's talk" at every hromada, one person
     * flooding a thread. Counted in the database, so that every replica counts alike.
     */
    interface ConversationLimits {
        /** Conversations one authority may open in a day. */
        @WithDefault("20")
        int openedPerAuthorityPerDay();

        /** Messages one person may write in an hour, across every conversation. */
        @WithDefault("30")
        int messagesPerPersonPerHour();

        /** Messages the people of one authority may write in an hour together. */
        @WithDefault("100")
        int messagesPerAuthorityPerHour();
    }

    interface WeightsConfig {
        @WithDefault("25")
        double sector();

        @WithDefault("10")
        double subsector();

        @WithDefault("15")
        double supportMode();

        @WithDefault("20")
        double expertise();

        @WithDefault("10")
        double language();

        @WithDefault("6")
        double scale();

        @WithDefault("6")
        double urgency();

        @WithDefault("4")
        double capacity();

        @WithDefault("2")
        double ties();

        @WithDefault("2")
        double geography();
    }

    interface FairnessConfig {
        @WithDefault("6")
        double firstNeed();

        @WithDefault("4")
        double village();

        @WithDefault("3")
        double small();

        @WithDefault("10700")
        long smallPopulation();
    }

    default Weights engineWeights() {
        WeightsConfig w = weights();
        return new Weights(w.sector(), w.subsector(), w.supportMode(), w.expertise(), w.language(), w.scale(),
                w.urgency(), w.capacity(), w.ties(), w.geography());
    }

    default Fairness engineFairness() {
        FairnessConfig f = fairness();
        return new Fairness(f.firstNeed(), f.village(), f.small(), f.smallPopulation());
    }
}
