package eu.twinninghub.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How queued mails are sent and retried. */
@ConfigMapping(prefix = "twinning.mail")
public interface MailConfig {

    /** Attempts before a mail is given up as DEAD. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait before the second attempt; it doubles up to {@link #longestWait()}. */
    @WithDefault("PT30S")
    Duration firstRetry();

    @WithDefault("PT6H")
    Duration longestWait();

    /** How often due mails are looked for (the scheduler reads it). */
    @WithDefault("1s")
    String poll();
}
