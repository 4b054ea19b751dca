package eu.twinninghub.events.match;

import eu.twinninghub.events.EventData;
import java.util.List;
import java.util.UUID;

/** Unanswered for too long; {@code authorityIds} are every side, so each can be told. */
public record MatchExpired(UUID matchId, List<UUID> authorityIds) implements EventData {

    @Override
    public UUID aggregateId() {
        return matchId;
    }
}
