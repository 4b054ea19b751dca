package eu.twinninghub.needsoffers.offer;

import eu.twinninghub.api.offer.OfferStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;

/** One line of an offer's public history: who moved it, when, and why. */
@Entity
public class OfferStatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id")
    public Offer offer;

    @Enumerated(EnumType.STRING)
    public OfferStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public OfferStatus toStatus;

    public String changedBy;
    public Instant changedAt;
    public String reason;

    static OfferStatusChange of(Offer offer, OfferStatus from, OfferStatus to, String by, Instant at, String reason) {
        OfferStatusChange change = new OfferStatusChange();
        change.id = UUID.randomUUID();
        change.offer = offer;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedBy = by;
        change.changedAt = at;
        change.reason = reason;
        return change;
    }
}
