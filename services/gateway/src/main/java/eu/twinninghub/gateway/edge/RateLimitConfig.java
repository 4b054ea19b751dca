package eu.twinninghub.gateway.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client request budget: a steady rate and the burst a client may spend at once. */
@ConfigMapping(prefix = "twinning.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("20")
    long requestsPerSecond();

    @WithDefault("100")
    long burst();

    /** Clients remembered at most; the least recently seen are forgotten first. */
    @WithDefault("100000")
    long clients();
}
