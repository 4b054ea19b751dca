package eu.twinninghub.notifications.digest;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/** A published need that fits an authority's offers, waiting for that authority's next digest. */
@MongoEntity(collection = "digest_items")
public class DigestItem extends PanacheMongoEntityBase {

    /** authorityId|needId: a need enters an authority's digest once. */
    @BsonId
    public String id;

    public String authorityId;
    public String needId;
    public Instant createdAt;
    public boolean sent;
}
