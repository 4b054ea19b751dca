package eu.twinninghub.events.match;

import eu.twinninghub.events.EventData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A proposal for one need. More than one offer makes it a cluster twinning: several EU
 * authorities together around one need. {@code score} is 0 to 100.
 */
public record MatchProposed(UUID matchId, MatchParty need, List<MatchParty> offers, int score, boolean cluster,
                            Instant expiresAt) implements EventData {

    @Override
    public UUID aggregateId() {
        return matchId;
    }
}
