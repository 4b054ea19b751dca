package eu.twinninghub.api.authority;

import java.time.Instant;
import java.util.UUID;

/** A membership of {@code authorityId} in network {@code networkId}, or a request for one. */
public record MembershipView(UUID authorityId, UUID networkId, MembershipState state, String askedBy, Instant askedAt,
                             Instant decidedAt) {
}
