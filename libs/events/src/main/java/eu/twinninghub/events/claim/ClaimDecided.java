package eu.twinninghub.events.claim;

import eu.twinninghub.events.EventData;
import java.util.UUID;

/**
 * A person's claim to act for an authority was approved (with the role they got) or rejected (with
 * the reason they are told). Carries the person's address and language so that they can be told,
 * although they are nobody's staff yet when they claim. {@code authorityId} is null for a rejected
 * proposal of an authority that was never registered.
 */
public record ClaimDecided(UUID claimId, UUID authorityId, String personName, String personEmail,
                           String personLanguage, boolean approved, String role, String reason, String decidedBy)
        implements EventData {

    @Override
    public UUID aggregateId() {
        return authorityId != null ? authorityId : claimId;
    }
}
