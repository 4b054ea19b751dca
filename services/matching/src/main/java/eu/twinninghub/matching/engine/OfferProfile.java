package eu.twinninghub.matching.engine;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An offer as scoring sees it; {@code region} is true when a region (not a town) offers: it can twin with several hromadas. */
public record OfferProfile(UUID id, UUID authorityId, Set<String> sectors, Set<String> subsectors,
                           Set<String> supportModes, List<String> tags, String text, Set<String> languages,
                           int capacity, int capacityLeft, Long population, boolean region) {
}
