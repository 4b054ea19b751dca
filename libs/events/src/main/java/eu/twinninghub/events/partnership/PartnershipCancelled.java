package eu.twinninghub.events.partnership;

import eu.twinninghub.events.EventData;
import eu.twinninghub.events.match.MatchParty;
import java.util.List;
import java.util.UUID;

public record PartnershipCancelled(UUID partnershipId, MatchParty need, List<MatchParty> offers, String reason)
        implements EventData {

    @Override
    public UUID aggregateId() {
        return partnershipId;
    }
}
