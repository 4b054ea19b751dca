package eu.twinninghub.events.need;

import eu.twinninghub.events.EventData;
import java.util.UUID;

public record NeedWithdrawn(UUID needId, UUID authorityId, String reason) implements EventData {

    @Override
    public UUID aggregateId() {
        return needId;
    }
}
