package eu.twinninghub.events;

/** Kafka topics of the platform. The record key is always the aggregate id. */
public final class Topics {

    public static final String AUTHORITIES = "twinning.authorities";
    public static final String NEEDS = "twinning.needs";
    public static final String OFFERS = "twinning.offers";
    /** Matches, the partnerships they become, and the conversations between authorities (all owned by matching). */
    public static final String MATCHES = "twinning.matches";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** Where consumers of {@code topic} send what they cannot process, with the reason. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
