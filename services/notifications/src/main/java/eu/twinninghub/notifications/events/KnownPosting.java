package eu.twinninghub.notifications.events;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.ArrayList;
import java.util.List;
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
    public List<String> sectors = new ArrayList<>();
    public boolean open;
    public long version;

    public String title(String language) {
        String preferred = "uk".equals(language) ? titleUk : titleEn;
        return preferred != null ? preferred : titleUk != null ? titleUk : titleEn;
    }
}
