package eu.twinninghub.api.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = """
        {"role":"ADMIN"}""")
public record RoleChange(
        @NotNull @Pattern(regexp = "MEMBER|ADMIN", message = "must be MEMBER or ADMIN") String role) {
}
