package eu.twinninghub.events.match;

import java.util.List;
import java.util.UUID;

/** The reasons of one offer's score in a proposal, criterion by criterion. */
public record OfferReasons(UUID offerId, List<MatchReason> reasons) {

    public OfferReasons {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
