package eu.twinninghub.notifications.mail;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A mail to send, under a key of what caused it, the person and the channel, so that a redelivered
 * event queues nothing twice. Queued by the event consumer and sent by {@link MailDispatcher}: a
 * slow or absent mail server never holds up the inbox, and a mail that failed is tried again.
 */
@MongoEntity(collection = "mails")
public class QueuedMail extends PanacheMongoEntityBase {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String DEAD = "DEAD";

    @BsonId
    public String key;

    public String to;
    public String subject;
    public String body;
    public String status;
    public int attempts;
    public String lastError;
    public Instant queuedAt;
    public Instant nextAttemptAt;
    public Instant claimedUntil;
    public Instant sentAt;

    public static String key(String cause, String person, String channel) {
        return cause + "|" + person + "|" + channel;
    }
}
