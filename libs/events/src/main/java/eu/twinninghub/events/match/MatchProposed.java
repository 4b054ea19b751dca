package eu.twinninghub.events.match;

import eu.twinninghub.events.EventData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A proposal for one need. More than one offer makes it a cluster twinning: several EU
 * authorities together around one need. {@code score} is 0 to 100; {@code reasons} explains each
 * offer's score by codes (empty in proposals announced before the codes travelled with them).
 */
public record MatchProposed(UUID matchId, MatchParty need, List<MatchParty> offers, int score, boolean cluster,
                            Instant expiresAt, List<OfferReasons> reasons) implements EventData {

    public MatchProposed {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public UUID aggregateId() {
        return matchId;
    }
}
