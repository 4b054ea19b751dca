package eu.twinninghub.authorities.events;

import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.events.authority.AuthorityProfile;
import eu.twinninghub.events.authority.AuthorityUpdated;
import eu.twinninghub.messaging.outbox.Outbox;
import java.util.List;

/** The profile other services keep, from the entity. */
public final class AuthorityEvents {

    private AuthorityEvents() {
    }

    public static AuthorityProfile profile(Authority a) {
        return new AuthorityProfile(a.kind.name(), a.country, a.officialCode, a.nameOfficial, a.nameLatin,
                a.nameEnglish, a.parentId, a.settlementType, a.population, a.latitude, a.longitude,
                List.copyOf(a.languages), List.copyOf(a.sectorsOfInterest), List.copyOf(a.sectorsOfExpertise),
                List.copyOf(a.networkIds), a.verification.name(), a.rayon);
    }

    /** Announces {@code a} as it now is. The event carries the version the update gives the row, so the flush comes first. */
    public static Authority announceUpdate(Outbox outbox, Authority a) {
        Authority.getEntityManager().flush();
        outbox.add(new AuthorityUpdated(a.id, a.version, profile(a)));
        return a;
    }
}
