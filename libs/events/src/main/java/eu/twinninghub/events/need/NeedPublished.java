package eu.twinninghub.events.need;

import eu.twinninghub.events.Superseding;
import java.util.UUID;

public record NeedPublished(UUID needId, UUID authorityId, long version, NeedDetails need) implements Superseding {

    @Override
    public UUID aggregateId() {
        return needId;
    }

    @Override
    public boolean fitsPreviousVersion() {
        return need.fitsPreviousVersion();
    }
}
