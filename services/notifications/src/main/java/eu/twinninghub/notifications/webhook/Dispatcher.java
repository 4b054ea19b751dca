package eu.twinninghub.notifications.webhook;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.standardwebhooks.Webhook;
import eu.twinninghub.notifications.config.WebhooksConfig;
import eu.twinninghub.service.time.Backoff;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends what is due, signed per the Standard Webhooks specification ({@code webhook-id} is the
 * event's id, so a receiver can drop a repeat; {@code webhook-timestamp}; {@code webhook-signature}
 * HMAC-SHA256). A failure is tried again after an exponentially growing, jittered wait; after
 * {@code max-attempts} the delivery is DEAD until someone replays it. Each delivery is claimed
 * before it is sent, so several replicas never send the same one at once.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final Duration CLAIM = Duration.ofSeconds(60);

    private final Clock clock;
    private final UrlPolicy urls;
    private final WebhooksConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public Dispatcher(Clock clock, UrlPolicy urls, WebhooksConfig config) {
        this.clock = clock;
        this.urls = urls;
        this.config = config;
    }

    @Scheduled(every = "${twinning.webhooks.poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        for (Optional<Delivery> next = claim(); next.isPresent(); next = claim()) {
            send(next.get());
        }
    }

    private Optional<Delivery> claim() {
        Instant now = clock.instant();
        return Optional.ofNullable(Delivery.<Delivery>mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("status", Delivery.PENDING), Filters.lte("nextAttemptAt", now),
                        Filters.lte("claimedUntil", now)),
                Updates.set("claimedUntil", now.plus(CLAIM)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    void send(Delivery delivery) {
        Subscription subscription = Subscription.findById(delivery.webhookId);
        if (subscription == null) {
            failed(delivery, null, "the subscription was deleted", true);
            return;
        }
        Optional<String> refused = urls.refusal(subscription.url);
        if (refused.isPresent()) {
            failed(delivery, null, "url " + refused.get(), false);
            return;
        }
        try {
            long timestamp = clock.instant().getEpochSecond();
            String signature = new Webhook(subscription.secret).sign(delivery.eventId, timestamp, delivery.payload);
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(subscription.url))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/cloudevents+json")
                    .header("webhook-id", delivery.eventId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                delivery.status = Delivery.DELIVERED;
                delivery.attempts++;
                delivery.lastStatus = response.statusCode();
                delivery.lastError = null;
                delivery.deliveredAt = clock.instant();
                delivery.update();
            } else {
                failed(delivery, response.statusCode(), "the receiver answered " + response.statusCode(), false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(delivery, null, "interrupted", false);
        } catch (Exception e) {
            failed(delivery, null, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    private void failed(Delivery delivery, Integer status, String error, boolean giveUp) {
        delivery.attempts++;
        delivery.lastStatus = status;
        delivery.lastError = error;
        if (giveUp || delivery.attempts >= config.maxAttempts()) {
            delivery.status = Delivery.DEAD;
            LOG.warnf("webhook delivery %s of event %s is dead after %d attempts: %s", delivery.id, delivery.eventId,
                    delivery.attempts, error);
        } else {
            delivery.nextAttemptAt = clock.instant().plus(backoff(delivery.attempts));
            delivery.claimedUntil = delivery.nextAttemptAt;
        }
        delivery.update();
    }

    Duration backoff(int attempts) {
        return Backoff.after(attempts, config.firstRetry(), config.longestWait());
    }
}
