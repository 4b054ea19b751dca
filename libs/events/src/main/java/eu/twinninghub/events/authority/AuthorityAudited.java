package eu.twinninghub.events.authority;

import eu.twinninghub.events.EventData;
import java.util.UUID;

/**
 * An entry of an authority's trust trail (its registration, verification and memberships): who did
 * what and why. {@code action} is one of {@code eu.twinninghub.api.authority.TrustAction}; kept as text so
 * that a consumer that does not know a newer action still reads the record. {@code counterpart}: the
 * network or member a membership record concerns, null otherwise.
 */
public record AuthorityAudited(UUID recordId, UUID authorityId, String action, String actor, UUID counterpart,
                                     String reason) implements EventData {

    @Override
    public UUID aggregateId() {
        return authorityId;
    }
}
