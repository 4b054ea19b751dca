package eu.twinninghub.notifications.events;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

/** Which need a partnership serves, so that its later reminders can name it. */
@MongoEntity(collection = "partnerships")
public class KnownPartnership extends PanacheMongoEntityBase {

    @BsonId
    public String id;

    public String needId;
}
