package eu.twinninghub.api.offer;

import java.util.Set;

/** DRAFT → OPEN → FULL → CLOSED, plus WITHDRAWN. FULL follows the capacity, never set by hand. */
public enum OfferStatus {
    DRAFT, OPEN, FULL, CLOSED, WITHDRAWN;

    public Set<OfferStatus> ownerMayMoveTo() {
        return switch (this) {
            case DRAFT -> Set.of(OPEN, WITHDRAWN);
            case OPEN, FULL -> Set.of(CLOSED, WITHDRAWN);
            case CLOSED, WITHDRAWN -> Set.of();
        };
    }

    public boolean isPublic() {
        return this != DRAFT;
    }
}
