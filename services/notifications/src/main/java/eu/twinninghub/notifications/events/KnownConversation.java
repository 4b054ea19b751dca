package eu.twinninghub.notifications.events;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

/** What a conversation is about (a need, an offer or a proposal), from its opening, to name it in later messages. */
@MongoEntity(collection = "conversations")
public class KnownConversation extends PanacheMongoEntityBase {

    @BsonId
    public String id;

    public String subjectKind;
    public String subjectId;
}
