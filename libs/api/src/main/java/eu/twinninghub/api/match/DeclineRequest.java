package eu.twinninghub.api.match;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a side declines: shown to the other side, and the pair is never proposed again. */
@Schema(name = "DeclineRequest", example = """
        {"reason": "We already work with another partner on district heating."}""")
public record DeclineRequest(@NotBlank @Size(max = 2000) String reason) {
}
