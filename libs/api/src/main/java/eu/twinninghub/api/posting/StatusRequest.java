package eu.twinninghub.api.posting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status wanted for a need or an offer, and why; closing and withdrawing need a reason, for the public history. */
@Schema(name = "StatusRequest", example = """
        {"status":"WITHDRAWN","reason":"Funded by the regional budget in the meantime"}""")
public record StatusRequest(@NotBlank @Size(max = 30) String status, @Size(max = 1000) String reason) {
}
