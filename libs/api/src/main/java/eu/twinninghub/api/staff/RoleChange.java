package eu.twinninghub.api.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record RoleChange(
        @NotNull @Pattern(regexp = "MEMBER|ADMIN", message = "must be MEMBER or ADMIN") String role) {
}
