package eu.twinninghub.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How partner webhooks are delivered and retried. */
@ConfigMapping(prefix = "twinning.webhooks")
public interface WebhooksConfig {

    /**
     * Loopback receivers, for local runs and tests only: the service refuses to start with it
     * under the prod profile (see {@code LoopbackGuard}).
     */
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

    /** How long a receiver may take to accept the connection. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** How long one receiver may take to answer. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Deliveries in flight to one subscription at once: a slow receiver holds only its own. */
    @WithDefault("4")
    int concurrency();

    /** Deliveries in flight across all subscriptions of this replica. */
    @WithDefault("64")
    int maxInFlight();

    /** The circuit breaker of each subscription. */
    Breaker breaker();

    /** How long the previous secret keeps signing beside the new one after a rotation. */
    @WithDefault("PT24H")
    Duration secretOverlap();

    /** How often due deliveries are looked for (the scheduler reads it). */
    @WithDefault("1s")
    String poll();

    interface Breaker {

        /** Failures in a row that open the breaker: no delivery is tried while it is open. */
        @WithDefault("5")
        int failures();

        /** How long it stays open before one delivery is let through to try the receiver again. */
        @WithDefault("PT30S")
        Duration openFor();
    }
}
