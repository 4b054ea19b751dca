package eu.twinninghub.service.time;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** How long to wait before attempt n + 1 of anything retried: an outbox event, a webhook, a mail. */
public final class Backoff {

    private Backoff() {
    }

    /**
     * first × 2^(n-1), at most {@code longest}, then a random half to whole of it, so that the retries
     * of many callers that failed together spread out instead of coming back together.
     */
    public static Duration after(int attempts, Duration first, Duration longest) {
        long millis = Math.min(longest.toMillis(), first.toMillis() << Math.min(Math.max(attempts - 1, 0), 30));
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }
}
