package eu.twinninghub.messaging.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay publishes; the send timeout is also the dead-letter producer's. */
@ConfigMapping(prefix = "twinning.outbox")
public interface OutboxConfig {

    /** Events a relay run claims at most. */
    @WithDefault("200")
    int batchSize();

    /** How long one send may wait for the broker, in milliseconds. */
    @WithDefault("15000")
    int sendTimeoutMs();

    /** How often the relay looks for events a commit did not wake it for (the scheduler reads it). */
    @WithDefault("1s")
    String pollInterval();

    /** How long sent events stay in the table. */
    @WithDefault("P7D")
    Duration retention();

    Retry retry();

    interface Retry {

        /** The wait before the second attempt of an event the broker refused. */
        @WithDefault("PT1S")
        Duration initialBackoff();

        /** The longest wait between two attempts. */
        @WithDefault("PT5M")
        Duration maxBackoff();
    }
}
