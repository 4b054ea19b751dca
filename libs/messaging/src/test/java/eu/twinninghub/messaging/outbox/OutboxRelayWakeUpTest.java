package eu.twinninghub.messaging.outbox;

import static org.awaitility.Awaitility.await;

import eu.twinninghub.messaging.config.OutboxConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's wake-ups, without Quarkus: here a batch only counts itself. A wake-up lost at a start
 * leaves a service's events in its outbox until the service restarts, with no error anywhere but
 * the consumers' missing data.
 */
class OutboxRelayWakeUpTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final ExecutorService poller = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopPolling() {
        poller.shutdownNow();
    }

    @Test
    void aScheduledPollRacingTheStartLeavesTheRelayAwake() throws Exception {
        for (int i = 0; i < 300; i++) {
            CountingRelay relay = new CountingRelay();
            AtomicBoolean polling = new AtomicBoolean(true);
            Future<?> polls = poller.submit(() -> {
                while (polling.get()) {
                    relay.poll();
                }
            });
            relay.start();
            polling.set(false);
            polls.get();
            relay.awaitsAnotherBatchAfterAPoll();
            relay.stop();
        }
    }

    @Test
    void aRelayStoppedWhileABatchHangsRelaysAgainAfterItsRestart() {
        CountingRelay relay = new CountingRelay();
        relay.hangNextBatch();
        relay.start();
        relay.awaitHanging();
        relay.poll();

        relay.stop();
        relay.start();

        relay.awaitsAnotherBatchAfterAPoll();
        relay.stop();
    }

    /** Not a bean: the Quarkus tests of this module run the real relay. */
    @Vetoed
    private static final class CountingRelay extends OutboxRelay {

        private final AtomicInteger batches = new AtomicInteger();
        private final AtomicBoolean hangNext = new AtomicBoolean();
        private final CountDownLatch hung = new CountDownLatch(1);

        CountingRelay() {
            // stop() gives up on a hanging batch at once.
            super(null, null, null, null, new SimpleMeterRegistry(), new OutboxConfig() {
                @Override
                public int batchSize() {
                    return 1;
                }

                @Override
                public int sendTimeoutMs() {
                    return 0;
                }

                @Override
                public String pollInterval() {
                    return "1s";
                }

                @Override
                public Duration retention() {
                    return Duration.ofDays(7);
                }

                @Override
                public Retry retry() {
                    throw new UnsupportedOperationException("a counting relay sends nothing");
                }
            });
        }

        void hangNextBatch() {
            hangNext.set(true);
        }

        void awaitHanging() {
            await().atMost(PATIENCE).until(() -> hung.getCount() == 0);
        }

        void awaitsAnotherBatchAfterAPoll() {
            int before = batches.get();
            poll();
            await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(PATIENCE)
                    .until(() -> batches.get() > before);
        }

        @Override
        int relayBatch() {
            batches.incrementAndGet();
            if (hangNext.compareAndSet(true, false)) {
                hung.countDown();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }
            return 0;
        }
    }
}
