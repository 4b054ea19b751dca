package eu.twinninghub.authorities.claim;

import eu.twinninghub.api.claim.ClaimHints;
import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.authorities.people.People;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The hints a verifier weighs a claim by: does the e-mail belong to the authority's domain, has it admins. */
@ApplicationScoped
public class ClaimHintsMaker {

    private final People people;

    public ClaimHintsMaker(People people) {
        this.people = people;
    }

    public ClaimHints of(Claim claim) {
        return of(claim, new HashMap<>());
    }

    /**
     * The hints of each claim of a queue, by claim id. Whether an authority has admins is asked of
     * Keycloak once per authority, however many claims wait for it.
     */
    public Map<UUID, ClaimHints> of(List<Claim> queue) {
        Map<UUID, Boolean> hasAdmins = new HashMap<>();
        Map<UUID, ClaimHints> hints = new HashMap<>();
        queue.forEach(claim -> hints.put(claim.id, of(claim, hasAdmins)));
        return hints;
    }

    private ClaimHints of(Claim claim, Map<UUID, Boolean> hasAdmins) {
        Authority authority = claim.authorityId == null ? null : Authority.findById(claim.authorityId);
        if (authority == null) {
            return new ClaimHints(null, false, null);
        }
        return new ClaimHints(sameDomain(claim.officialEmail, authority.website),
                hasAdmins.computeIfAbsent(authority.id, people::hasAdmins), authority.verification);
    }

    /** The e-mail's domain is the web site's host (without www.) or under it; null when either is unknown. */
    static Boolean sameDomain(String email, String website) {
        if (email == null || website == null || !email.contains("@")) {
            return null;
        }
        String host;
        try {
            host = URI.create(website).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return domain.equals(host) || domain.endsWith("." + host);
    }
}
