package eu.twinninghub.api.posting;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the public history of a need or an offer. {@code from} is null for its creation. */
@Schema(name = "StatusChange")
public record StatusChange(String from, String to, String changedBy, Instant changedAt, String reason) {
}
