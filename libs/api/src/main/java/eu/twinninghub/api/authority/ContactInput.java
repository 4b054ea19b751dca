package eu.twinninghub.api.authority;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactInput", example = """
        {"name":"Olena Kovalenko","role":"Head of international cooperation",
         "email":"olena.kovalenko@vmr.gov.ua","languages":["uk","en"]}""")
public record ContactInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String role,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as uk or de") String> languages) {
}
