package eu.twinninghub.api.need;

import eu.twinninghub.api.posting.StatusChange;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A need with its public history of status changes. */
@Schema(name = "Need")
public record NeedView(UUID id, NeedInput need, NeedStatus status, List<StatusChange> history,
                       Instant createdAt, Instant updatedAt, Instant publishedAt, long version) {
}
