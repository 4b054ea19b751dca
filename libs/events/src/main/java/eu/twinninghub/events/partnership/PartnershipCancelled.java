package eu.twinninghub.events.partnership;

import eu.twinninghub.events.EventData;
import eu.twinninghub.events.match.MatchParty;
import java.util.List;
import java.util.UUID;

/** A partnership was cancelled; {@code members} as in {@link PartnershipCompleted}. */
public record PartnershipCancelled(UUID partnershipId, MatchParty need, List<MatchParty> offers, String reason,
                                   List<UUID> members) implements EventData {

    public PartnershipCancelled {
        members = members == null ? List.of() : members;
    }

    @Override
    public UUID aggregateId() {
        return partnershipId;
    }
}
