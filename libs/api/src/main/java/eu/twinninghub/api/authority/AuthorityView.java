package eu.twinninghub.api.authority;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Authority")
public record AuthorityView(
        UUID id,
        AuthorityKind kind,
        String country,
        AuthorityFields profile,
        @Schema(description = "false where no official code is known yet (seeded oblasts and regions, new EU members)")
        boolean officialCodeKnown,
        List<UUID> networkIds,
        List<ContactView> contacts,
        Verification verification,
        List<VerificationChange> verificationHistory,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
