package eu.twinninghub.events.offer;

import eu.twinninghub.events.EventData;
import java.util.UUID;

public record OfferWithdrawn(UUID offerId, UUID authorityId, String reason) implements EventData {

    @Override
    public UUID aggregateId() {
        return offerId;
    }
}
