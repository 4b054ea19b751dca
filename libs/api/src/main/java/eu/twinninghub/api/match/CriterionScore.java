package eu.twinninghub.api.match;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One criterion's share of a score, and why, in plain words. */
@Schema(name = "CriterionScore", example = """
        {"criterion": "SUPPORT_MODE", "points": 7.5, "max": 15, "reason": "50% of the support asked for is offered (equipment)"}""")
public record CriterionScore(
        @Schema(description = "SECTOR, SUBSECTOR, SUPPORT_MODE, EXPERTISE, LANGUAGE, SCALE, URGENCY, CAPACITY, TIES or GEOGRAPHY")
        String criterion,
        double points,
        double max,
        String reason) {
}
