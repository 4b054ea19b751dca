package eu.twinninghub.api.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A subscription. {@code secret} (Standard Webhooks, {@code whsec_…}) is shown once, when the
 * subscription is created or its secret rotated: keep it to verify the {@code webhook-signature}
 * of each delivery. After a rotation the previous secret signs too, until
 * {@code previousSecretRetiresAt}.
 */
@Schema(name = "Webhook")
public record WebhookView(String id, UUID networkId, String url, List<String> eventTypes, Instant createdAt,
                          String secret, Instant previousSecretRetiresAt) {
}
