package eu.twinninghub.authorities.events;

import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.events.authority.AuthorityProfile;
import java.util.List;

/** The profile other services keep, from the entity. */
public final class AuthorityEvents {

    private AuthorityEvents() {
    }

    public static AuthorityProfile profile(Authority a) {
        return new AuthorityProfile(a.kind.name(), a.country, a.officialCode, a.nameOfficial, a.nameLatin,
                a.nameEnglish, a.parentId, a.settlementType, a.population, a.latitude, a.longitude,
                List.copyOf(a.languages), List.copyOf(a.sectorsOfInterest), List.copyOf(a.sectorsOfExpertise),
                List.copyOf(a.networkIds), a.verification.name());
    }
}
