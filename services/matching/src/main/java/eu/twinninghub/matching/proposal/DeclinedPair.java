package eu.twinninghub.matching.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A need and an offer that one side declined: never proposed again. */
@Entity
public class DeclinedPair extends PanacheEntityBase {

    @Embeddable
    public record Key(UUID needId, UUID offerId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public Instant declinedAt;

    static void record(UUID need, UUID offer, Instant at) {
        Key key = new Key(need, offer);
        if (findById(key) == null) {
            DeclinedPair pair = new DeclinedPair();
            pair.key = key;
            pair.declinedAt = at;
            pair.persist();
        }
    }
}
