package eu.twinninghub.api.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an authority leaves a partnership, declines its invitation, or is removed: the others are told. */
@Schema(name = "MemberDeparture", example = """
        {"reason": "Our council ends its international programme this year"}""")
public record MemberDeparture(@NotBlank @Size(max = 2000) String reason) {
}
