package eu.twinninghub.api.authority;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationChange")
public record VerificationChange(Verification status, String changedBy, Instant changedAt, String reason) {
}
