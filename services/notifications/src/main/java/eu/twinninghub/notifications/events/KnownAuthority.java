package eu.twinninghub.notifications.events;

import eu.twinninghub.api.authority.AuthorityKind;
import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * An authority as notifications knows it from its events: its names, language and networks, which
 * say who must know and in which words. The PostgreSQL services share libs/messaging's
 * KnownAuthority; this one lives in MongoDB and keeps only what addressing people needs.
 */
@MongoEntity(collection = "authorities")
public class KnownAuthority extends PanacheMongoEntityBase {

    @BsonId
    public String id;

    public AuthorityKind kind;
    public String country;
    public String nameOfficial;
    public String nameLatin;
    public List<String> networkIds = new ArrayList<>();
    public long version;

    /** The language its texts are written in when nobody of it said otherwise: its country's, if the pages speak it. */
    public String language() {
        return switch (country == null ? "" : country) {
            case "UA" -> "uk";
            case "DE", "AT" -> "de";
            case "PL" -> "pl";
            default -> "en";
        };
    }

    /** The name for a reader of {@code language}: the official Ukrainian one for Ukrainian readers. */
    public String name(String language) {
        return "uk".equals(language) && nameOfficial != null ? nameOfficial : nameLatin;
    }
}
