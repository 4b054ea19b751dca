package eu.twinninghub.events.match;

import java.util.Map;

/**
 * Why a criterion gave an offer its points: a code with parameters (libs/api {@code Reasons} puts
 * them in words in the reader's language), never a sentence, so that every reader gets their own.
 */
public record MatchReason(String criterion, String code, Map<String, String> params, double points, double max) {

    public MatchReason {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
