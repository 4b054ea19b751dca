package eu.twinninghub.authorities.claim;

import eu.twinninghub.api.claim.ClaimHints;
import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.authorities.people.People;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Locale;

/** The hints a verifier weighs a claim by: does the e-mail belong to the authority's domain, has it admins. */
@ApplicationScoped
public class ClaimHintsMaker {

    private final People people;

    public ClaimHintsMaker(People people) {
        this.people = people;
    }

    public ClaimHints of(Claim claim) {
        Authority authority = claim.authorityId == null ? null : Authority.findById(claim.authorityId);
        if (authority == null) {
            return new ClaimHints(null, false, null);
        }
        return new ClaimHints(sameDomain(claim.officialEmail, authority.website), people.hasAdmins(authority.id),
                authority.verification);
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
