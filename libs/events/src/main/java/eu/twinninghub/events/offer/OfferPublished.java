package eu.twinninghub.events.offer;

import eu.twinninghub.events.Superseding;
import java.util.UUID;

public record OfferPublished(UUID offerId, UUID authorityId, long version, OfferDetails offer) implements Superseding {

    @Override
    public UUID aggregateId() {
        return offerId;
    }

    @Override
    public boolean fitsPreviousVersion() {
        return offer.fitsPreviousVersion();
    }
}
