package eu.twinninghub.notifications.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A partner network's webhook: where to send which event types, and the secret that signs them.
 * After a rotation the previous secret signs too, until it retires, so the receiver can switch
 * its check over without losing a delivery.
 */
@MongoEntity(collection = "webhooks")
public class Subscription extends PanacheMongoEntityBase {

    @BsonId
    public String id;

    public String networkId;
    public String url;
    public List<String> eventTypes = new ArrayList<>();
    public String secret;
    public String previousSecret;
    public Instant previousSecretRetiresAt;
    public Instant createdAt;

    /** Retires any older secret at once: only the last two ever sign. */
    public void rotate(String newSecret, Instant retiresAt) {
        previousSecret = secret;
        previousSecretRetiresAt = retiresAt;
        secret = newSecret;
    }

    /** When the previous secret stops signing, or null if only one secret signs. */
    public Instant retiring(Instant now) {
        return previousSecret != null && now.isBefore(previousSecretRetiresAt) ? previousSecretRetiresAt : null;
    }

    /**
     * The {@code webhook-signature} header: one {@code v1,…} signature per live secret, separated
     * by spaces, as the Standard Webhooks specification allows.
     */
    public String signature(String messageId, long timestamp, String payload, Instant now) {
        try {
            String current = new Webhook(secret).sign(messageId, timestamp, payload);
            return retiring(now) == null ? current
                    : current + " " + new Webhook(previousSecret).sign(messageId, timestamp, payload);
        } catch (WebhookSigningException | EmptyWebhookSecretException e) {
            throw new IllegalStateException("webhook " + id + " has a secret that cannot sign", e);
        }
    }
}
