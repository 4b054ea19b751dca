package eu.twinninghub.notifications.inbox;

import eu.twinninghub.notifications.templates.Texts;
import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One entry of an authority's inbox, in both languages. An event gives an authority one entry at
 * most: (eventId, authorityId) is a unique index.
 */
@MongoEntity(collection = "notifications")
public class Notification extends PanacheMongoEntityBase {

    @BsonId
    public String id;

    public String eventId;
    public String authorityId;
    public String type;
    public String titleUk;
    public String bodyUk;
    public String titleEn;
    public String bodyEn;
    public String link;
    public Instant createdAt;
    public boolean read;

    public Texts.Rendered in(String language) {
        return "uk".equals(language) ? new Texts.Rendered(titleUk, bodyUk) : new Texts.Rendered(titleEn, bodyEn);
    }
}
