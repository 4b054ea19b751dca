package eu.twinninghub.api.claim;

import java.time.Instant;
import java.util.UUID;

/** A claim with its evidence, the hints that help judge it, and its decision once made. */
public record ClaimView(
        UUID id,
        UUID authorityId,
        String authorityName,
        NewAuthority newAuthority,
        String person,
        String personEmail,
        String function,
        String officialEmail,
        String webPage,
        String note,
        ClaimState state,
        ClaimHints hints,
        String role,
        String decidedBy,
        Instant decidedAt,
        String reason,
        Instant createdAt) {
}
