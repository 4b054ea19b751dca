package eu.twinninghub.matching.partnership;

import java.util.EnumSet;
import java.util.Set;

/**
 * A partnership's steps as partnerships really go. The ministry's approval of the international
 * agreement applies when a Ukrainian and a foreign authority sign; between Ukrainian authorities
 * the MOU is enough to start.
 */
public enum PartnershipStatus {
    ESTABLISHED, MOU_SIGNED, AGREEMENT_APPROVED, ACTIVE, DORMANT, COMPLETED, CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }

    /** Where the parties may move it from here; {@code international} when a foreign authority is a party. */
    public Set<PartnershipStatus> next(boolean international) {
        return switch (this) {
            case ESTABLISHED -> EnumSet.of(MOU_SIGNED, CANCELLED);
            case MOU_SIGNED -> international ? EnumSet.of(AGREEMENT_APPROVED, CANCELLED) : EnumSet.of(ACTIVE, CANCELLED);
            case AGREEMENT_APPROVED -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE, DORMANT -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(PartnershipStatus.class);
        };
    }
}
