package eu.twinninghub.notifications.inbox;

import eu.twinninghub.notifications.templates.Texts;
import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One entry of an authority's inbox, in every language of the pages (entries written before German
 * and Polish read English in them). An event gives an authority one entry at most: (eventId,
 * authorityId) is a unique index.
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
    public String titleDe;
    public String bodyDe;
    public String titlePl;
    public String bodyPl;
    public String link;
    public Instant createdAt;
    public boolean read;

    public Texts.Rendered in(String language) {
        return switch (Texts.written(language)) {
            case "uk" -> new Texts.Rendered(titleUk, bodyUk);
            case "de" -> titleDe == null ? english() : new Texts.Rendered(titleDe, bodyDe);
            case "pl" -> titlePl == null ? english() : new Texts.Rendered(titlePl, bodyPl);
            default -> english();
        };
    }

    private Texts.Rendered english() {
        return new Texts.Rendered(titleEn, bodyEn);
    }

    void write(Texts.Translated texts) {
        titleUk = texts.in("uk").title();
        bodyUk = texts.in("uk").body();
        titleEn = texts.in("en").title();
        bodyEn = texts.in("en").body();
        titleDe = texts.in("de").title();
        bodyDe = texts.in("de").body();
        titlePl = texts.in("pl").title();
        bodyPl = texts.in("pl").body();
    }
}
