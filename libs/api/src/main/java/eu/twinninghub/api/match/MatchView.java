package eu.twinninghub.api.match;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A proposal of the matching engine: one need and one offer, or several offers together (a
 * cluster twinning). Status PROPOSED → AGREED when every side accepted (the partnership is then
 * established), DECLINED with a reason, or EXPIRED when unanswered. While a side is suspended the
 * proposal is held ({@code heldSince}): nobody is asked to answer it and it does not expire; once the
 * suspension is lifted, its time to answer is extended by the time it was held.
 */
@Schema(name = "Match")
public record MatchView(UUID id, MatchSide need, List<MatchSide> offers, int score, boolean cluster, String status,
                        Instant proposedAt, Instant expiresAt,
                        @Schema(description = "since when the proposal is held because a side is suspended; null when it is not")
                        Instant heldSince,
                        Instant decidedAt, String declineReason, UUID partnershipId, long version) {
}
