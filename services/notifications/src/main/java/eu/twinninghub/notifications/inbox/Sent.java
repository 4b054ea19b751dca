package eu.twinninghub.notifications.inbox;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A mail sent, under a key of what caused it, the person and the channel: written before the mail
 * goes, so that a redelivered event finds it and sends nothing.
 */
@MongoEntity(collection = "sent")
public class Sent extends PanacheMongoEntityBase {

    @BsonId
    public String key;

    public Instant at;

    static String key(String cause, String person, String channel) {
        return cause + "|" + person + "|" + channel;
    }
}
