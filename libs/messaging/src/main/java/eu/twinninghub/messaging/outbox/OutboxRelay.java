package eu.twinninghub.messaging.outbox;

import eu.twinninghub.messaging.config.OutboxConfig;
import eu.twinninghub.service.time.Backoff;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows, each aggregate's in commit order, and marks them sent.
 *
 * <p>It runs right after every commit that added events (so an event is on the broker within
 * milliseconds) and on a timer as a safety net (for retries, and for rows another replica left).
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas share the work; a
 * replica that finds an older unsent event of the same aggregate held by another replica leaves
 * that aggregate alone, which keeps per-aggregate order across replicas.
 *
 * <p>Delivery is at least once: a relay that dies after publishing but before its commit
 * publishes the batch again, and consumers drop the repeats by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String CLAIM = """
            SELECT * FROM outbox_event
             WHERE sent_at IS NULL AND next_attempt_at <= :now
             ORDER BY seq
             LIMIT :limit
             FOR UPDATE SKIP LOCKED""";

    private static final String UNSENT_UP_TO = """
            SELECT aggregate_id, seq FROM outbox_event
             WHERE sent_at IS NULL AND aggregate_id IN (:aggregates) AND seq <= :upTo
             ORDER BY aggregate_id, seq""";

    private final EntityManager em;
    private final OutboxPublisher publisher;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final MeterRegistry metrics;
    private final OutboxConfig config;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile ExecutorService worker;

    public OutboxRelay(EntityManager em, OutboxPublisher publisher, Clock clock,
                       TransactionSynchronizationRegistry transactions, MeterRegistry metrics, OutboxConfig config) {
        this.em = em;
        this.publisher = publisher;
        this.clock = clock;
        this.transactions = transactions;
        this.metrics = metrics;
        this.config = config;
    }

    void onStart(@Observes StartupEvent startup) {
        start();
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        stop();
    }

    /** Starts relaying, and relays at once what is pending. */
    public synchronized void start() {
        if (!running.get()) {
            // The worker exists before the relay says it runs: the scheduler's poll may wake it at once.
            worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
            // A stop that had to interrupt a hanging batch dropped the wake-up queued behind it.
            wakeQueued.set(false);
            running.set(true);
            metrics.gauge("twinning.outbox.pending", this, OutboxRelay::pendingCount);
            metrics.gauge("twinning.outbox.oldest.age.seconds", this, OutboxRelay::oldestPendingAge);
            wake();
        }
    }

    /**
     * Stops relaying. A batch in flight finishes or fails as a whole; whatever is not marked sent
     * stays in the outbox for the next start.
     */
    public synchronized void stop() {
        if (running.compareAndSet(true, false)) {
            worker.shutdown();
            try {
                if (!worker.awaitTermination(config.sendTimeoutMs() + 5_000, TimeUnit.MILLISECONDS)) {
                    worker.shutdownNow();
                }
            } catch (InterruptedException e) {
                worker.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Runs the relay once the current transaction has committed (nothing happens on rollback). */
    void wakeAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }

    @Scheduled(every = "${twinning.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeSent() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM outbox_event WHERE sent_at < :before")
                .setParameter("before", clock.instant().minus(config.retention()))
                .executeUpdate());
    }

    private void wake() {
        if (running.get() && wakeQueued.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                wakeQueued.set(false);
            }
        }
    }

    private void drain() {
        wakeQueued.set(false);
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent > 0 && running.get());
        } catch (RuntimeException e) {
            LOG.warnf(e, "outbox relay batch failed; it will be retried");
        }
    }

    /** Publishes one batch in one transaction; answers how many rows it marked sent. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout((int) (config.sendTimeoutMs() / 1000) + 30).call(() -> {
            Instant now = clock.instant();
            @SuppressWarnings("unchecked")
            List<OutboxEvent> claimed = em.createNativeQuery(CLAIM, OutboxEvent.class)
                    .setParameter("now", now).setParameter("limit", config.batchSize()).getResultList();
            if (claimed.isEmpty()) {
                return 0;
            }
            List<OutboxEvent> batch = headsOnly(claimed);
            List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch) {
                acks.add(publisher.publish(event));
            }
            return settle(batch, acks, now);
        });
    }

    /**
     * Keeps, per aggregate, only the claimed events that follow each other from its oldest unsent
     * event: an event behind an older unsent one this relay did not claim (held by another replica,
     * or waiting for its retry) must not overtake it. Concurrent claims with SKIP LOCKED interleave,
     * so a relay may hold an aggregate's first event and its later ones but not those in between.
     */
    private List<OutboxEvent> headsOnly(List<OutboxEvent> claimed) {
        Set<Long> claimedSeqs = new HashSet<>();
        Set<String> aggregates = new HashSet<>();
        long upTo = 0;
        for (OutboxEvent event : claimed) {
            claimedSeqs.add(event.seq);
            aggregates.add(event.aggregateId);
            upTo = Math.max(upTo, event.seq);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> unsent = em.createNativeQuery(UNSENT_UP_TO)
                .setParameter("aggregates", aggregates).setParameter("upTo", upTo).getResultList();
        Set<Long> inOrder = new HashSet<>();
        Set<String> blocked = new HashSet<>();
        for (Object[] row : unsent) {
            String aggregate = (String) row[0];
            long seq = ((Number) row[1]).longValue();
            if (blocked.contains(aggregate)) {
                continue;
            }
            if (claimedSeqs.contains(seq)) {
                inOrder.add(seq);
            } else {
                blocked.add(aggregate);
            }
        }
        return claimed.stream().filter(event -> inOrder.contains(event.seq)).toList();
    }

    private int settle(List<OutboxEvent> batch, List<CompletableFuture<Void>> acks, Instant now) {
        Set<String> failedAggregates = new HashSet<>();
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            Throwable error = await(acks.get(i));
            if (error == null && !failedAggregates.contains(event.aggregateId)) {
                event.sentAt = now;
                sent++;
            } else if (error != null && failedAggregates.add(event.aggregateId)) {
                // Only the aggregate's first failure waits for a retry; its later events follow it.
                event.attempts++;
                event.nextAttemptAt = now.plus(backoff(event.attempts));
                event.lastError = error.toString();
                LOG.warnf("outbox event %s (%s) not published, attempt %d: %s", event.eventId, event.eventType,
                        event.attempts, error);
            }
        }
        return sent;
    }

    private Throwable await(CompletableFuture<Void> ack) {
        try {
            ack.get(config.sendTimeoutMs(), TimeUnit.MILLISECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    Duration backoff(int attempts) {
        return Backoff.after(attempts, config.retry().initialBackoff(), config.retry().maxBackoff());
    }

    /** How long the oldest event waits to be published: 0 when none waits (the outbox-age alert). */
    private double oldestPendingAge() {
        if (!running.get()) {
            return Double.NaN;
        }
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)"
                        + " FROM outbox_event WHERE sent_at IS NULL")
                .getSingleResult()).doubleValue());
    }

    private double pendingCount() {
        if (!running.get()) {
            return Double.NaN;
        }
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")
                .getSingleResult()).doubleValue());
    }
}
