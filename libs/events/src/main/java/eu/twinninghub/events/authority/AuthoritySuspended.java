package eu.twinninghub.events.authority;

import eu.twinninghub.events.EventData;
import java.util.UUID;

public record AuthoritySuspended(UUID authorityId, String suspendedBy, String reason) implements EventData {

    @Override
    public UUID aggregateId() {
        return authorityId;
    }
}
