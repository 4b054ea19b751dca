package eu.twinninghub.api.match;

import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One criterion's share of a score, and why: {@code code} and {@code params} as the engine decided
 * (stable, for programs), {@code reason} in plain words in the language asked for ({@link Reasons}).
 */
@Schema(name = "CriterionScore", example = """
        {"criterion": "SUPPORT_MODE", "points": 7.5, "max": 15, "reason": "50% of the support asked for is offered (equipment)",
         "code": "support.share", "params": {"percent": "50", "modes": "equipment"}}""")
public record CriterionScore(
        @Schema(description = "SECTOR, SUBSECTOR, SUPPORT_MODE, EXPERTISE, LANGUAGE, SCALE, URGENCY, CAPACITY, TIES or GEOGRAPHY")
        String criterion,
        double points,
        double max,
        @Schema(description = "Why, in the language of the request's Accept-Language (English, Ukrainian, German, Polish), else English")
        String reason,
        @Schema(description = "The reason's code, e.g. sector.exact, language.shared; absent on proposals made before codes")
        String code,
        @Schema(description = "The code's parameters: ids (sector, support modes, ISO 639-1 languages) and whole numbers")
        Map<String, String> params) {

    /** The same, its reason in {@code locale}'s language; as it is where there is no code to render. */
    public CriterionScore in(Locale locale) {
        return code == null ? this : new CriterionScore(criterion, points, max, Reasons.render(code, params, locale), code,
                params);
    }
}
