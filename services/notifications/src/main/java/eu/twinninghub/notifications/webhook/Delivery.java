package eu.twinninghub.notifications.webhook;

import eu.twinninghub.api.webhook.DeliveryOutcome;
import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One event on its way to one webhook: (eventId, webhookId) is a unique index, so a redelivered
 * event adds nothing. PENDING until the receiver answers 2xx (DELIVERED) or the attempts run out
 * (DEAD, replayable).
 */
@MongoEntity(collection = "webhook_deliveries")
public class Delivery extends PanacheMongoEntityBase {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String DEAD = "DEAD";

    @BsonId
    public String id;

    public String webhookId;
    public String eventId;
    public String eventType;
    /** The CloudEvent in JSON (structured mode), exactly the bytes signed and sent. */
    public String payload;
    public String status;
    public int attempts;
    public Instant nextAttemptAt;
    /** A dispatcher holds the delivery until then; another picks it up after, should the first have died. */
    public Instant claimedUntil;
    public Integer lastStatus;
    public DeliveryOutcome lastOutcome;
    public Instant createdAt;
    public Instant deliveredAt;
}
