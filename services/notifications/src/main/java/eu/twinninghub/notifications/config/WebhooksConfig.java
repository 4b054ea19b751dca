package eu.twinninghub.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How partner webhooks are delivered and retried. */
@ConfigMapping(prefix = "twinning.webhooks")
public interface WebhooksConfig {

    /** Loopback receivers (local runs, tests); never in production. */
    @WithDefault("false")
    boolean allowLoopback();

    /** Attempts before a delivery is given up as DEAD. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait before the second attempt; it doubles up to {@link #longestWait()}. */
    @WithDefault("PT5S")
    Duration firstRetry();

    @WithDefault("PT6H")
    Duration longestWait();

    /** How long one receiver may take to answer. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How often due deliveries are looked for (the scheduler reads it). */
    @WithDefault("1s")
    String poll();
}
