package eu.twinninghub.api.authority;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code country} is ISO 3166-1 alpha-2; Eurostat's {@code EL} is accepted for Greece and stored
 * as {@code GR}. A partner network that registers an authority becomes one of its networks.
 */
@Schema(name = "RegisterAuthority")
public record RegisterAuthority(
        @NotNull AuthorityKind kind,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as UA or DE")
        @Schema(example = "UA") String country,
        @NotNull @Valid AuthorityFields profile,
        @Size(max = 20) List<@NotNull UUID> networkIds,
        @Size(max = 20) List<@NotNull @Valid ContactInput> contacts) {

    public RegisterAuthority {
        networkIds = networkIds == null ? List.of() : networkIds;
        contacts = contacts == null ? List.of() : contacts;
    }
}
