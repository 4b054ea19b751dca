package eu.twinninghub.api.claim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Approve (with the role the person gets) or reject (with the reason they are told). */
public record ClaimDecision(
        @NotNull Boolean approve,
        @Schema(description = "Required to reject; told to the person") @Size(max = 1000) String reason,
        @Schema(description = "MEMBER or ADMIN; by default ADMIN for an authority with no admin yet, else MEMBER")
        @Pattern(regexp = "MEMBER|ADMIN", message = "must be MEMBER or ADMIN") String role) {
}
