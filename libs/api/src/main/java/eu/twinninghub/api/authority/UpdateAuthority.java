package eu.twinninghub.api.authority;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code version} is the one the editor read; if someone changed the profile since, the answer is 409. */
@Schema(name = "UpdateAuthority")
public record UpdateAuthority(@NotNull @PositiveOrZero Long version, @NotNull @Valid AuthorityFields profile) {
}
