package eu.twinninghub.api.offer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code version} is the one the editor read; someone else's change since → 409. */
@Schema(name = "UpdateOffer")
public record UpdateOffer(@NotNull @PositiveOrZero Long version, @NotNull @Valid OfferInput offer) {
}
