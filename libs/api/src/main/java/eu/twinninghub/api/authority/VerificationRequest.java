package eu.twinninghub.api.authority;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A suspension needs its reason; a verification may give one. */
@Schema(name = "VerificationRequest", example = """
        {"status":"VERIFIED","reason":"Confirmed with the hromada's council decision No. 1234"}""")
public record VerificationRequest(@NotNull Verification status, @Size(max = 1000) String reason) {
}
