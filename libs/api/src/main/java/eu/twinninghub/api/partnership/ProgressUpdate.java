package eu.twinninghub.api.partnership;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressUpdate")
public record ProgressUpdate(UUID id, UUID authorityId, String postedBy, Instant postedAt, String text) {
}
