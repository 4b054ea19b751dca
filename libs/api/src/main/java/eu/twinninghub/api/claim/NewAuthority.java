package eu.twinninghub.api.claim;

import eu.twinninghub.api.authority.AuthorityKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An authority a person proposes because it is not in the register yet; its official code is checked. */
@Schema(example = """
        {"kind":"MUNICIPALITY","country":"PL","nameOfficial":"Gmina Wiązowna"}""")
public record NewAuthority(
        @NotNull AuthorityKind kind,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @NotBlank @Size(max = 300) String nameOfficial,
        @Schema(description = "KATOTTG for a hromada, city or oblast (required); LAU for a municipality, NUTS for a"
                + " region (GISCO's spelling, optional until known)")
        @Size(max = 40) String officialCode) {
}
