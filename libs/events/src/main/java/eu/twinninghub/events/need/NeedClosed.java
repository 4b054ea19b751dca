package eu.twinninghub.events.need;

import eu.twinninghub.events.EventData;
import java.util.UUID;

/** {@code status} is FULFILLED or CLOSED: the need left the market with or without help. */
public record NeedClosed(UUID needId, UUID authorityId, String status, String reason) implements EventData {

    @Override
    public UUID aggregateId() {
        return needId;
    }
}
