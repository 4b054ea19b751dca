package eu.twinninghub.notifications.webhook;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import eu.twinninghub.api.webhook.DeliveryOutcome;
import eu.twinninghub.notifications.config.WebhooksConfig;
import eu.twinninghub.service.time.Backoff;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

/**
 * Sends what is due, signed per the Standard Webhooks specification ({@code webhook-id} is the
 * event's id, so a receiver can drop a repeat; {@code webhook-timestamp}; {@code webhook-signature}
 * HMAC-SHA256). A failure is tried again after an exponentially growing, jittered wait; after
 * {@code max-attempts} the delivery is DEAD until someone replays it.
 *
 * <p>Each subscription has a {@link Lane} of its own, so a receiver that stalls or fails holds up
 * only its own deliveries: they stay queued (PENDING, in MongoDB) while its lane is full or its
 * breaker open, and everyone else's go out. Each delivery is claimed before it is sent, so several
 * replicas never send the same one at once.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final Duration CLAIM = Duration.ofSeconds(60);

    private final Clock clock;
    private final UrlPolicy urls;
    private final Sender sender;
    private final WebhooksConfig config;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ExecutorService senders = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("webhook-", 0).factory());

    private final MeterRegistry meters;

    public Dispatcher(Clock clock, UrlPolicy urls, Sender sender, WebhooksConfig config, MeterRegistry meters) {
        this.clock = clock;
        this.urls = urls;
        this.sender = sender;
        this.config = config;
        this.meters = meters;
    }

    /**
     * Every way a delivery can end, counted from zero at the start: the webhook SLO's rate() needs its
     * series before the first delivery ends, and a restarted service has none until then.
     */
    void registerMeters(@Observes StartupEvent start) {
        ended(Delivery.DELIVERED, DeliveryOutcome.DELIVERED);
        for (DeliveryOutcome outcome : DeliveryOutcome.values()) {
            if (outcome != DeliveryOutcome.DELIVERED) {
                ended(Delivery.DEAD, outcome);
            }
        }
    }

    private Counter ended(String status, DeliveryOutcome outcome) {
        return meters.counter("twinning.webhook.deliveries", "status", status, "outcome", outcome.name());
    }

    @Scheduled(every = "${twinning.webhooks.poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        Instant now = clock.instant();
        lanes.values().removeIf(Lane::idle);
        while (inFlight.get() < config.maxInFlight()) {
            Set<String> blocked = lanes.entrySet().stream().filter(lane -> !lane.getValue().canTake(now))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            Optional<Delivery> next = claim(now, blocked);
            if (next.isEmpty()) {
                return;
            }
            Delivery delivery = next.get();
            Lane lane = lanes.computeIfAbsent(delivery.webhookId, id -> new Lane(config.concurrency(),
                    config.breaker().failures(), config.breaker().openFor()));
            if (!lane.take(now)) {
                // Its breaker opened since the lanes were looked at: the delivery waits its turn.
                Delivery.<Delivery>mongoCollection().updateOne(Filters.eq("_id", delivery.id),
                        Updates.set("claimedUntil", now));
                continue;
            }
            inFlight.incrementAndGet();
            senders.execute(() -> {
                try {
                    if (send(delivery)) {
                        lane.succeeded();
                    } else {
                        lane.failed(clock.instant());
                    }
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    private Optional<Delivery> claim(Instant now, Set<String> blocked) {
        Bson due = Filters.and(Filters.eq("status", Delivery.PENDING), Filters.lte("nextAttemptAt", now),
                Filters.lte("claimedUntil", now));
        return Optional.ofNullable(Delivery.<Delivery>mongoCollection().findOneAndUpdate(
                blocked.isEmpty() ? due : Filters.and(due, Filters.nin("webhookId", blocked)),
                Updates.set("claimedUntil", now.plus(CLAIM)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    /** Answers whether the receiver took it; a deleted subscription counts as neither. */
    boolean send(Delivery delivery) {
        Subscription subscription = Subscription.findById(delivery.webhookId);
        if (subscription == null) {
            ended(delivery, Sender.Result.of(DeliveryOutcome.UNSUBSCRIBED), true);
            return true;
        }
        Optional<UrlPolicy.Target> target = urls.check(subscription.url).target();
        if (target.isEmpty()) {
            ended(delivery, Sender.Result.of(DeliveryOutcome.REFUSED), false);
            return false;
        }
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        Sender.Result result = sender.send(target.get(), Map.of(
                "Content-Type", "application/cloudevents+json",
                "webhook-id", delivery.eventId,
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", subscription.signature(delivery.eventId, timestamp, delivery.payload, now)),
                delivery.payload);
        ended(delivery, result, false);
        return result.outcome() == DeliveryOutcome.DELIVERED;
    }

    private void ended(Delivery delivery, Sender.Result result, boolean giveUp) {
        delivery.attempts++;
        delivery.lastStatus = result.status();
        delivery.lastOutcome = result.outcome();
        if (result.outcome() == DeliveryOutcome.DELIVERED) {
            delivery.status = Delivery.DELIVERED;
            delivery.deliveredAt = clock.instant();
        } else if (giveUp || delivery.attempts >= config.maxAttempts()) {
            delivery.status = Delivery.DEAD;
            LOG.warnf("webhook delivery %s of event %s is dead after %d attempts: %s %s", delivery.id,
                    delivery.eventId, delivery.attempts, result.outcome(), result.status());
        } else {
            delivery.nextAttemptAt = clock.instant().plus(backoff(delivery.attempts));
            delivery.claimedUntil = delivery.nextAttemptAt;
        }
        delivery.update();
        if (!Delivery.PENDING.equals(delivery.status)) {
            // The webhook SLO counts how deliveries end: DELIVERED, or DEAD with the last outcome.
            ended(delivery.status, result.outcome()).increment();
        }
    }

    Duration backoff(int attempts) {
        return Backoff.after(attempts, config.firstRetry(), config.longestWait());
    }
}
