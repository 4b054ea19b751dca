package eu.twinninghub.needsoffers.offer;

import eu.twinninghub.api.offer.OfferStatus;
import eu.twinninghub.needsoffers.posting.StatusChangeRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

@Entity
public class OfferStatusChange extends StatusChangeRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id")
    public Offer offer;

    @Enumerated(EnumType.STRING)
    public OfferStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public OfferStatus toStatus;

    static OfferStatusChange of(Offer offer, OfferStatus from, OfferStatus to, String by, Instant at, String reason) {
        OfferStatusChange change = new OfferStatusChange();
        change.stamp(by, at, reason);
        change.offer = offer;
        change.fromStatus = from;
        change.toStatus = to;
        return change;
    }

    @Override
    protected OfferStatus from() {
        return fromStatus;
    }

    @Override
    protected OfferStatus to() {
        return toStatus;
    }
}
