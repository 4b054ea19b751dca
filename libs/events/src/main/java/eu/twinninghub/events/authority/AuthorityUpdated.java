package eu.twinninghub.events.authority;

import eu.twinninghub.events.EventData;
import java.util.UUID;

/** The whole profile after the change, so that a consumer never has to merge partial updates. */
public record AuthorityUpdated(UUID authorityId, long version, AuthorityProfile profile) implements EventData {

    @Override
    public UUID aggregateId() {
        return authorityId;
    }
}
