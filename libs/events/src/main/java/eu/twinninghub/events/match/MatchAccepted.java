package eu.twinninghub.events.match;

import eu.twinninghub.events.EventData;
import java.util.UUID;

/** One side accepted; {@code agreed} is true once every side has. */
public record MatchAccepted(UUID matchId, UUID byAuthorityId, boolean agreed) implements EventData {

    @Override
    public UUID aggregateId() {
        return matchId;
    }
}
