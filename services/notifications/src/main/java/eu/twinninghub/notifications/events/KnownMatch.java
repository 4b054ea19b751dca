package eu.twinninghub.notifications.events;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/** A proposal's sides, from its first event, so that the later ones know whom to tell. */
@MongoEntity(collection = "matches")
public class KnownMatch extends PanacheMongoEntityBase {

    @BsonId
    public String id;

    public String needId;
    public String needAuthorityId;
    public List<String> offerIds = new ArrayList<>();
    public List<String> offerAuthorityIds = new ArrayList<>();
    public int score;

    public List<String> sides() {
        List<String> sides = new ArrayList<>();
        sides.add(needAuthorityId);
        sides.addAll(offerAuthorityIds);
        return sides;
    }
}
