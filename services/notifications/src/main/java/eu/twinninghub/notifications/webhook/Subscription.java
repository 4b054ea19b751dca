package eu.twinninghub.notifications.webhook;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/** A partner network's webhook: where to send which event types, and the secret that signs them. */
@MongoEntity(collection = "webhooks")
public class Subscription extends PanacheMongoEntityBase {

    @BsonId
    public String id;

    public String networkId;
    public String url;
    public List<String> eventTypes = new ArrayList<>();
    public String secret;
    public Instant createdAt;
}
