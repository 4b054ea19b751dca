package eu.twinninghub.api.match;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A proposal of the matching engine: one need and one offer, or several offers together (a
 * cluster twinning). Status PROPOSED → AGREED when every side accepted (the partnership is then
 * established), DECLINED with a reason, or EXPIRED when unanswered.
 */
@Schema(name = "Match")
public record MatchView(UUID id, MatchSide need, List<MatchSide> offers, int score, boolean cluster, String status,
                        Instant proposedAt, Instant expiresAt, Instant decidedAt, String declineReason,
                        UUID partnershipId, long version) {
}
