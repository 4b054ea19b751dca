package eu.twinninghub.messaging.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How consumers remember what they applied and wait for their database. */
@ConfigMapping(prefix = "twinning.inbox")
public interface InboxConfig {

    /** How long processed event ids are kept: well beyond the topics' retention. */
    @WithDefault("P30D")
    Duration retention();

    /**
     * How long a consumer waits for a database that does not answer before it dead-letters the event
     * (see {@code DatabaseOutages} for why 40 s).
     */
    @WithDefault("PT40S")
    Duration outagePatience();
}
