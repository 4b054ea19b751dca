package eu.twinninghub.events.authority;

import eu.twinninghub.events.EventData;
import java.util.UUID;

/** {@code verifiedBy} is the user or service account that verified; {@code reason} may be null. */
public record AuthorityVerified(UUID authorityId, String verifiedBy, String reason) implements EventData {

    @Override
    public UUID aggregateId() {
        return authorityId;
    }
}
