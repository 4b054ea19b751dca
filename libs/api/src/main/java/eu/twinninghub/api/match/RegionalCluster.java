package eu.twinninghub.api.match;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For a region's offer: the oblast whose hromadas it fits best and those hromadas' needs, one per
 * hromada, best first — so that a region's help builds on itself instead of spreading thin.
 * {@code oblast} is null and {@code needs} empty when the offer is not a region's or no oblast has
 * two fitting hromadas.
 */
@Schema(name = "RegionalCluster")
public record RegionalCluster(UUID offerId, UUID oblast, List<Candidate> needs) {
}
