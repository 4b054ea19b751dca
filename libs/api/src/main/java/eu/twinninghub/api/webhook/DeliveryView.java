package eu.twinninghub.api.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event's delivery to one subscription: PENDING (with its next attempt), DELIVERED or DEAD;
 * {@code lastOutcome} says how the last attempt ended and {@code lastStatus} what the receiver
 * answered, if it answered.
 */
@Schema(name = "WebhookDelivery")
public record DeliveryView(String id, String webhookId, String eventId, String eventType, String status, int attempts,
                           Integer lastStatus, DeliveryOutcome lastOutcome, Instant nextAttemptAt, Instant deliveredAt) {
}
