package eu.twinninghub.authorities.web;

import eu.twinninghub.api.authority.AuthorityFields;
import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.authority.ContactView;
import eu.twinninghub.api.authority.Location;
import eu.twinninghub.api.authority.VerificationChange;
import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.authorities.authority.Contact;
import eu.twinninghub.authorities.counterpart.Counterparts;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns authorities into what a caller may see. Contact e-mails are the addresses of real town-hall
 * staff: only for whom {@link AccessPolicy#readsContactsOf} allows, never for anonymous callers.
 */
@RequestScoped
public class AuthorityViews {

    private final Caller caller;
    private final Counterparts counterparts;

    /** The caller's counterparts, read once per request (a page lists up to 100 authorities). */
    private Set<UUID> callersCounterparts;

    public AuthorityViews(Caller caller, Counterparts counterparts) {
        this.caller = caller;
        this.counterparts = counterparts;
    }

    public AuthorityView of(Authority a) {
        boolean showEmails = maySeeEmailsOf(a);
        return new AuthorityView(a.id, a.kind, a.country, fields(a), a.officialCode != null, List.copyOf(a.networkIds),
                a.contacts.stream().map(c -> contact(c, showEmails)).toList(), a.verification,
                a.verificationHistory.stream()
                        .map(h -> new VerificationChange(h.status, h.changedBy, h.changedAt, h.reason)).toList(),
                a.createdAt, a.updatedAt, a.version);
    }

    public ContactView contact(Contact c) {
        return contact(c, maySeeEmailsOf(c.authority));
    }

    static AuthorityFields fields(Authority a) {
        Location location = a.latitude == null || a.longitude == null ? null : new Location(a.latitude, a.longitude);
        return new AuthorityFields(a.nameOfficial, a.nameLatin, a.nameEnglish, List.copyOf(a.alternativeNames),
                a.officialCode, a.parentId, a.regionName, a.rayon, a.settlementType, a.population, location,
                List.copyOf(a.languages), List.copyOf(a.sectorsOfInterest), List.copyOf(a.sectorsOfExpertise),
                a.website);
    }

    private static ContactView contact(Contact c, boolean showEmail) {
        return new ContactView(c.id, c.name, c.role, showEmail ? c.email : null, List.copyOf(c.languages));
    }

    private boolean maySeeEmailsOf(Authority a) {
        return !caller.isAnonymous() && AccessPolicy.readsContactsOf(caller.who(), a.id, a.networkIds, counterparts());
    }

    private Set<UUID> counterparts() {
        if (callersCounterparts == null) {
            callersCounterparts = caller.authorityId().map(counterparts::of).orElse(Set.of());
        }
        return callersCounterparts;
    }
}
