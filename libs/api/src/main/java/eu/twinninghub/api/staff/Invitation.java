package eu.twinninghub.api.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A colleague invited by e-mail: Keycloak sends them the link to set a password and confirm the address. */
@Schema(example = """
        {"email":"o.kovalenko@vmr.gov.ua","firstName":"Olena","lastName":"Kovalenko","role":"MEMBER","language":"uk"}""")
public record Invitation(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Pattern(regexp = "MEMBER|ADMIN", message = "must be MEMBER or ADMIN") String role,
        @Pattern(regexp = "uk|en|de|pl|fr|lt", message = "must be one of uk, en, de, pl, fr, lt") String language) {
}
