package eu.twinninghub.events.partnership;

import eu.twinninghub.events.EventData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** No progress update came for too long: a reminder to every side, not a change of ownership. */
public record PartnershipDormant(UUID partnershipId, List<UUID> authorityIds, Instant lastProgressAt)
        implements EventData {

    @Override
    public UUID aggregateId() {
        return partnershipId;
    }
}
