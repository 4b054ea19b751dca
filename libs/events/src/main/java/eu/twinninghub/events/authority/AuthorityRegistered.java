package eu.twinninghub.events.authority;

import eu.twinninghub.events.EventData;
import java.util.UUID;

public record AuthorityRegistered(UUID authorityId, AuthorityProfile profile) implements EventData {

    @Override
    public UUID aggregateId() {
        return authorityId;
    }
}
