package eu.twinninghub.events.partnership;

import eu.twinninghub.events.EventData;
import java.util.List;
import java.util.UUID;

/**
 * Who is in a partnership changed: an authority was INVITED to a team, JOINED it with its consent,
 * DECLINED the invitation, LEFT, was REMOVED by its team's coordinator, or became the team's
 * COORDINATOR. {@code members} are the members after the change; {@code by} is the person who made it.
 */
public record PartnershipMembershipChanged(UUID partnershipId, UUID authorityId, String team, String change,
                                           String by, String reason, List<UUID> members) implements EventData {

    public static final String INVITED = "INVITED";
    public static final String JOINED = "JOINED";
    public static final String DECLINED = "DECLINED";
    public static final String LEFT = "LEFT";
    public static final String REMOVED = "REMOVED";
    public static final String COORDINATOR = "COORDINATOR";

    @Override
    public UUID aggregateId() {
        return partnershipId;
    }
}
