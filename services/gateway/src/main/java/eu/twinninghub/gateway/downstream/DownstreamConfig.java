package eu.twinninghub.gateway.downstream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Where the services are and how long the gateway waits for them. */
@ConfigMapping(prefix = "twinning.downstream")
public interface DownstreamConfig {

    URI authorityProfiles();

    URI needsOffers();

    URI matching();

    URI notifications();

    /** A service that does not accept the connection in this time is taken as down. */
    @WithDefault("500ms")
    Duration connectTimeout();

    /** The longest a caller waits for one attempt; past it the answer is 503. */
    @WithDefault("5s")
    Duration readTimeout();

    /**
     * How long a list of partnerships may take to import: matching registers 10,000 rows in about 40 s
     * on a 2-core machine, and the caller should hear how it went rather than a 503 while it goes on.
     */
    @WithDefault("180s")
    Duration importTimeout();

    /** Further attempts for reads (GET) that failed to connect or were refused with 502/503/504. */
    @WithDefault("2")
    int readRetries();

    /** After this many calls in a window fail, calls to that service stop for {@link #circuitOpenFor()}. */
    @WithDefault("20")
    int circuitWindow();

    @WithDefault("0.5")
    double circuitFailureRatio();

    @WithDefault("5s")
    Duration circuitOpenFor();
}
