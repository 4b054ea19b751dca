package eu.twinninghub.api.need;

import java.util.Set;

/**
 * DRAFT → OPEN → MATCHED → IN_PROGRESS → FULFILLED, and CLOSED or WITHDRAWN on the way. MATCHED is
 * reached when a partnership is established for the need, never by hand.
 */
public enum NeedStatus {
    DRAFT, OPEN, MATCHED, IN_PROGRESS, FULFILLED, CLOSED, WITHDRAWN;

    /** The statuses an owner may move a need to from this one. */
    public Set<NeedStatus> ownerMayMoveTo() {
        return switch (this) {
            case DRAFT -> Set.of(OPEN, WITHDRAWN);
            case OPEN -> Set.of(CLOSED, WITHDRAWN);
            case MATCHED -> Set.of(IN_PROGRESS, CLOSED, WITHDRAWN);
            case IN_PROGRESS -> Set.of(FULFILLED, CLOSED);
            case FULFILLED, CLOSED, WITHDRAWN -> Set.of();
        };
    }

    public boolean isPublic() {
        return this != DRAFT;
    }
}
