package eu.twinninghub.authorities.web;

import eu.twinninghub.api.authority.AuthorityFields;
import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.authority.ContactView;
import eu.twinninghub.api.authority.Location;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.api.authority.VerificationChange;
import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.authorities.authority.Contact;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/**
 * Turns authorities into what a caller may see. Contact e-mails are for verified authorities,
 * partner networks, platform admins and the authority itself, never for anonymous callers: they
 * are the addresses of real town-hall staff.
 */
@RequestScoped
public class AuthorityViews {

    private final Caller caller;

    private Boolean callerMaySeeEmails;

    public AuthorityViews(Caller caller) {
        this.caller = caller;
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
                a.officialCode, a.parentId, a.regionName, a.settlementType, a.population, location,
                List.copyOf(a.languages), List.copyOf(a.sectorsOfInterest), List.copyOf(a.sectorsOfExpertise),
                a.website);
    }

    private static ContactView contact(Contact c, boolean showEmail) {
        return new ContactView(c.id, c.name, c.role, showEmail ? c.email : null, List.copyOf(c.languages));
    }

    private boolean maySeeEmailsOf(Authority a) {
        return caller.actsFor(a.id) || callerMaySeeEmails();
    }

    private boolean callerMaySeeEmails() {
        if (callerMaySeeEmails == null) {
            callerMaySeeEmails = !caller.isAnonymous() && (caller.isPlatformAdmin() || caller.isPartnerNetwork()
                    || caller.authorityId()
                    .flatMap(id -> Authority.<Authority>findByIdOptional(id))
                    .filter(own -> own.verification == Verification.VERIFIED)
                    .isPresent());
        }
        return callerMaySeeEmails;
    }
}
