package eu.twinninghub.events.partnership;

import eu.twinninghub.events.EventData;
import eu.twinninghub.events.match.MatchParty;
import java.util.List;
import java.util.UUID;

/**
 * A partnership was completed. {@code members}: the authorities that were members at the end, of
 * either side, those who joined later included (an optional field, so events written before it have none).
 */
public record PartnershipCompleted(UUID partnershipId, MatchParty need, List<MatchParty> offers, List<UUID> members)
        implements EventData {

    public PartnershipCompleted {
        members = members == null ? List.of() : members;
    }

    @Override
    public UUID aggregateId() {
        return partnershipId;
    }
}
