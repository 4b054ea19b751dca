package eu.twinninghub.events.partnership;

import eu.twinninghub.events.EventData;
import eu.twinninghub.events.match.MatchParty;
import java.util.List;
import java.util.UUID;

/** Every side agreed: the need and offers below are now bound in one partnership. */
public record PartnershipEstablished(UUID partnershipId, UUID matchId, MatchParty need, List<MatchParty> offers,
                                     List<String> themes) implements EventData {

    @Override
    public UUID aggregateId() {
        return partnershipId;
    }
}
