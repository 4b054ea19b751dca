package eu.twinninghub.matching.engine;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A need as scoring sees it. {@code urgency} is 0 (CRITICAL) to 3 (LOW); {@code population},
 * {@code oblast} and {@code village} come from the authority and may be unknown (null, false).
 */
public record NeedProfile(UUID id, UUID authorityId, String sector, Set<String> subsectors, Set<String> supportModes,
                          List<String> tags, String text, Set<String> languages, int urgency, Long population,
                          UUID oblast, boolean village) {
}
