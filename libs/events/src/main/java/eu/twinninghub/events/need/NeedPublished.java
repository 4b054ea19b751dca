package eu.twinninghub.events.need;

import eu.twinninghub.events.EventData;
import java.util.UUID;

public record NeedPublished(UUID needId, UUID authorityId, long version, NeedDetails need) implements EventData {

    @Override
    public UUID aggregateId() {
        return needId;
    }
}
