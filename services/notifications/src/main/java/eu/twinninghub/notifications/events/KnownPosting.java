package eu.twinninghub.notifications.events;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.bson.codecs.pojo.annotations.BsonId;

/** A need or an offer, as far as a notification names it: its title, its authority, its sectors. */
@MongoEntity(collection = "postings")
public class KnownPosting extends PanacheMongoEntityBase {

    @BsonId
    public String id;

    public String kind;
    public String authorityId;
    public String titleUk;
    public String titleEn;
    public String titleDe;
    public String titlePl;
    /** The language its author wrote the title in; null for postings heard of before v2 of their events. */
    public String titleOriginal;
    public List<String> sectors = new ArrayList<>();
    public boolean open;
    public long version;

    /**
     * The title in the reader's language where the author gave one, else as the author wrote it.
     * Postings heard of before their original was marked fall back as they always did: English, for
     * anyone who has no title in their own language.
     */
    public String title(String language) {
        return Stream.of(in(language), titleOriginal == null ? null : in(titleOriginal), titleEn, titleUk, titleDe,
                titlePl).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private String in(String language) {
        return switch (language) {
            case "uk" -> titleUk;
            case "en" -> titleEn;
            case "de" -> titleDe;
            case "pl" -> titlePl;
            default -> null;
        };
    }
}
