package eu.twinninghub.api.match;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A need or an offer that fits the one asked about, with its score (0–100) explained. */
@Schema(name = "Candidate")
public record Candidate(UUID itemId, UUID authorityId, int score, List<CriterionScore> explanation) {
}
