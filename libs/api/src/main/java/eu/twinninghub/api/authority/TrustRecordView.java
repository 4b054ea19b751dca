package eu.twinninghub.api.authority;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of an authority's trust trail: who did what, when and why. {@code counterpart} is the
 * other authority a membership record concerns, null otherwise.
 */
public record TrustRecordView(UUID id, UUID authorityId, TrustAction action, String actor, UUID counterpart,
                              String reason, Instant at) {
}
