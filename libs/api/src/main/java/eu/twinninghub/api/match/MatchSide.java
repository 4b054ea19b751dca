package eu.twinninghub.api.match;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One side of a match: the need, or one of the offers. {@code score} and {@code explanation} are
 * this offer's fit with the need (empty on the need's side); {@code acceptedAt} is set once the
 * side accepted.
 */
@Schema(name = "MatchSide")
public record MatchSide(UUID itemId, UUID authorityId, String authorityName, Integer score,
                        List<CriterionScore> explanation, Instant acceptedAt) {
}
