package eu.twinninghub.notifications.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** How long to wait before attempt n + 1 of a webhook or a mail. */
public final class Backoff {

    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private Backoff() {
    }

    /** first × 2^(n-1), at most six hours, then a random half to whole of it so that retries spread. */
    public static Duration after(int attempts, Duration first) {
        long millis = Math.min(LONGEST_WAIT.toMillis(), first.toMillis() << Math.min(attempts - 1, 30));
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }
}
