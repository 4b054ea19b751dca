package eu.twinninghub.events.offer;

import eu.twinninghub.events.EventData;
import java.util.UUID;

public record OfferUpdated(UUID offerId, UUID authorityId, long version, OfferDetails offer) implements EventData {

    @Override
    public UUID aggregateId() {
        return offerId;
    }
}
