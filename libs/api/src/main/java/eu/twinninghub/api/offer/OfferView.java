package eu.twinninghub.api.offer;

import eu.twinninghub.api.posting.StatusChange;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer; {@code capacityLeft} is its capacity less the partnerships it is in. */
@Schema(name = "Offer")
public record OfferView(UUID id, OfferInput offer, OfferStatus status, int capacityLeft, List<StatusChange> history,
                        Instant createdAt, Instant updatedAt, Instant publishedAt, long version) {
}
