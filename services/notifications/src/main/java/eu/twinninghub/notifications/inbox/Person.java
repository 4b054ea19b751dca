package eu.twinninghub.notifications.inbox;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/** A person's preferences (by the token's subject): language, channels, digest, e-mail. */
@MongoEntity(collection = "people")
public class Person extends PanacheMongoEntityBase {

    public static final String INBOX = "INBOX";
    public static final String EMAIL = "EMAIL";
    public static final String IMMEDIATE = "IMMEDIATE";
    public static final String DAILY = "DAILY";

    @BsonId
    public String id;

    public String authorityId;
    public String language;
    public List<String> channels = new ArrayList<>();
    public String digest;
    public String email;
    /** Until when the daily digest has covered this person's inbox. */
    public Instant digestedUntil;

    public boolean wantsEmail() {
        return email != null && channels.contains(EMAIL);
    }
}
