package eu.twinninghub.events.match;

import java.util.UUID;

/** One side of a match: the need or offer and the authority that owns it. */
public record MatchParty(UUID itemId, UUID authorityId) {
}
