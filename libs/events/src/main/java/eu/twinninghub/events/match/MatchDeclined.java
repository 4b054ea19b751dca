package eu.twinninghub.events.match;

import eu.twinninghub.events.EventData;
import java.util.UUID;

public record MatchDeclined(UUID matchId, UUID byAuthorityId, String reason) implements EventData {

    @Override
    public UUID aggregateId() {
        return matchId;
    }
}
