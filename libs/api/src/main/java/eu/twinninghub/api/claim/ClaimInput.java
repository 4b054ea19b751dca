package eu.twinninghub.api.claim;

import eu.twinninghub.api.web.WebAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person's request to act for an authority: an existing one ({@code authorityId}) or one they
 * propose ({@code newAuthority}), with the evidence a verifier judges it by.
 */
@Schema(example = """
        {"authorityId":"c69235b9-4730-305d-8fee-c51897a80b07","function":"Head of international cooperation",
         "officialEmail":"o.kovalenko@vmr.gov.ua","note":"Appointed by the council in March"}""")
public record ClaimInput(
        @Schema(description = "The authority of the register to act for; or else newAuthority") UUID authorityId,
        @Valid NewAuthority newAuthority,
        @Schema(description = "The person's function at the authority, e.g. head of international cooperation")
        @NotBlank @Size(max = 200) String function,
        @Schema(description = "An official e-mail address of the person at the authority")
        @Email @Size(max = 320) String officialEmail,
        @Schema(description = "An official web page of the authority naming the person or the function")
        @Size(max = 500) @Pattern(regexp = WebAddress.PATTERN, message = "must be an http or https address") String webPage,
        @Size(max = 2000) String note) {
}
