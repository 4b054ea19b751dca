package eu.twinninghub.matching.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
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

    /** The offers declined together with {@code need}: one indexed read, not the whole table. */
    public static Set<UUID> offersDeclinedWith(UUID need) {
        return Set.copyOf(getEntityManager()
                .createQuery("select d.key.offerId from DeclinedPair d where d.key.needId = :need", UUID.class)
                .setParameter("need", need).getResultList());
    }

    /** The needs declined together with {@code offer}. */
    public static Set<UUID> needsDeclinedWith(UUID offer) {
        return Set.copyOf(getEntityManager()
                .createQuery("select d.key.needId from DeclinedPair d where d.key.offerId = :offer", UUID.class)
                .setParameter("offer", offer).getResultList());
    }

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
