package eu.twinninghub.authorities.authority;

import eu.twinninghub.api.authority.AuthorityFields;
import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.authority.ContactInput;
import eu.twinninghub.api.authority.RegisterAuthority;
import eu.twinninghub.api.authority.TrustAction;
import eu.twinninghub.api.authority.UpdateAuthority;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.api.authority.VerificationRequest;
import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.api.taxonomy.Taxonomy;
import eu.twinninghub.authorities.events.AuthorityEvents;
import eu.twinninghub.authorities.membership.Memberships;
import eu.twinninghub.authorities.trail.TrustTrail;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.authority.AuthoritySuspended;
import eu.twinninghub.events.authority.AuthorityVerified;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The use cases that change the register. Each checks who may act, validates what the bean
 * constraints cannot (taxonomy, official codes, parents), and writes its event in the same
 * transaction.
 */
@ApplicationScoped
public class AuthorityRegister {

    private final Outbox outbox;
    private final Clock clock;
    private final TrustTrail trail;
    private final Memberships memberships;

    public AuthorityRegister(Outbox outbox, Clock clock, TrustTrail trail, Memberships memberships) {
        this.outbox = outbox;
        this.clock = clock;
        this.trail = trail;
        this.memberships = memberships;
    }

    @Transactional
    public Authority register(RegisterAuthority request, Caller caller) {
        caller.require(AccessPolicy.registers(caller.who()),
                "only a platform admin or a partner network registers authorities");
        String country = OfficialCodes.isoCountry(request.country());
        AuthorityFields fields = request.profile();
        check(null, request.kind(), country, fields, "profile.");
        List<UUID> networks = new ArrayList<>(request.networkIds());
        if (caller.isPartnerNetwork() && !caller.isPlatformAdmin()) {
            networks.add(caller.authorityId().orElseThrow(
                    () -> ProblemException.forbidden("your partner-network account has no authority_id")));
        }
        for (int i = 0; i < networks.size(); i++) {
            UUID network = networks.get(i);
            Authority found = Authority.findById(network);
            if (found == null || found.kind != AuthorityKind.PARTNER_NETWORK && found.kind != AuthorityKind.ASSOCIATION) {
                throw ProblemException.invalid("networkIds[" + i + "]", "is not a registered partner network or association");
            }
        }
        UUID id = fields.officialCode() == null ? UUID.randomUUID() : Authority.idFor(fields.officialCode());
        Authority authority = Authority.register(id, request.kind(), country, fields, caller.displayName(),
                clock.instant());
        for (ContactInput contact : request.contacts()) {
            authority.addContact(details(contact));
        }
        authority.persist();
        outbox.add(new AuthorityRegistered(authority.id, AuthorityEvents.profile(authority)));
        trail.record(authority.id, TrustAction.REGISTERED, caller.displayName(), null, null);
        Authority.getEntityManager().flush();
        for (UUID network : networks.stream().distinct().toList()) {
            memberships.invitedAtRegistration(authority, network, caller);
        }
        return authority;
    }

    @Transactional
    public Authority update(UUID id, UpdateAuthority request, Caller caller) {
        Authority authority = Authority.existing(id);
        requireAdministers(id, caller);
        if (request.version() != authority.version) {
            throw ProblemException.staleVersion("authority " + id, request.version(), authority.version);
        }
        check(id, authority.kind, authority.country, request.profile(), "profile.");
        if (authority.id.equals(request.profile().parentId())) {
            throw ProblemException.invalid("profile.parentId", "cannot be the authority itself");
        }
        if (authority.update(request.profile(), caller.displayName(), clock.instant())) {
            trail.record(id, TrustAction.VERIFICATION_RESET, caller.displayName(), null, Authority.IDENTITY_CHANGED);
        }
        return announceUpdate(authority);
    }

    @Transactional
    public Authority changeVerification(UUID id, VerificationRequest request, Caller caller) {
        Authority authority = Authority.existing(id);
        caller.require(AccessPolicy.vouchesFor(caller.who(), authority.networkIds),
                "only a platform admin, or a partner network the authority belongs to, verifies or suspends it");
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        switch (request.status()) {
            case PENDING -> throw ProblemException.invalid("status", "must be VERIFIED or SUSPENDED");
            case SUSPENDED -> {
                if (reason == null) {
                    throw ProblemException.invalid("reason", "is required to suspend an authority");
                }
            }
            case VERIFIED -> {
            }
        }
        if (authority.verification == request.status()) {
            throw ProblemException.conflict("authority " + id + " is already " + authority.verification);
        }
        authority.changeVerification(request.status(), caller.displayName(), reason, clock.instant());
        outbox.add(request.status() == Verification.VERIFIED
                ? new AuthorityVerified(id, caller.displayName(), reason)
                : new AuthoritySuspended(id, caller.displayName(), reason));
        trail.record(id, request.status() == Verification.VERIFIED ? TrustAction.VERIFIED : TrustAction.SUSPENDED,
                caller.displayName(), null, reason);
        return authority;
    }

    @Transactional
    public Contact addContact(UUID id, ContactInput input, Caller caller) {
        Authority authority = Authority.existing(id);
        requireAdministers(id, caller);
        if (authority.contacts.size() >= 20) {
            throw ProblemException.conflict("authority " + id + " has 20 contacts already; remove one first");
        }
        Contact contact = authority.addContact(details(input));
        authority.updatedAt = clock.instant();
        return contact;
    }

    @Transactional
    public Contact updateContact(UUID id, UUID contactId, ContactInput input, Caller caller) {
        Authority authority = Authority.existing(id);
        requireAdministers(id, caller);
        Contact contact = authority.contact(contactId).orElseThrow(() -> ProblemException.notFound("contact", contactId));
        contact.change(details(input));
        authority.updatedAt = clock.instant();
        return contact;
    }

    @Transactional
    public void removeContact(UUID id, UUID contactId, Caller caller) {
        Authority authority = Authority.existing(id);
        requireAdministers(id, caller);
        Contact contact = authority.contact(contactId).orElseThrow(() -> ProblemException.notFound("contact", contactId));
        authority.contacts.remove(contact);
        authority.updatedAt = clock.instant();
    }

    private static Contact.Details details(ContactInput input) {
        return new Contact.Details(input.name(), input.role(), input.email(), input.languages());
    }

    /** The rules beyond bean validation; {@code prefix} makes the field names match the request. */
    private static void check(UUID self, AuthorityKind kind, String country, AuthorityFields fields, String prefix) {
        List<Problem.Violation> violations = new ArrayList<>();
        OfficialCodes.problem(kind, country, fields.officialCode()).ifPresent(issue -> violations.add(
                new Problem.Violation(issue.aboutCountry() ? "country" : prefix + "officialCode", issue.message())));
        Taxonomy taxonomy = Taxonomy.standard();
        checkSectors(taxonomy, fields.sectorsOfInterest(), prefix + "sectorsOfInterest", violations);
        checkSectors(taxonomy, fields.sectorsOfExpertise(), prefix + "sectorsOfExpertise", violations);
        if (fields.settlementType() != null && kind != AuthorityKind.HROMADA) {
            violations.add(new Problem.Violation(prefix + "settlementType", "applies to hromadas only"));
        }
        if (fields.parentId() != null) {
            AuthorityKind expected = switch (kind) {
                case HROMADA, CITY -> AuthorityKind.OBLAST;
                case MUNICIPALITY -> AuthorityKind.REGION;
                default -> null;
            };
            Authority parent = Authority.findById(fields.parentId());
            if (expected == null) {
                violations.add(new Problem.Violation(prefix + "parentId", "a " + kind + " has no parent authority"));
            } else if (parent == null || parent.kind != expected) {
                violations.add(new Problem.Violation(prefix + "parentId", "must be a registered " + expected));
            }
        }
        if (fields.officialCode() != null && violations.isEmpty()) {
            Authority.byOfficialCode(fields.officialCode()).filter(existing -> !existing.id.equals(self)).ifPresent(existing -> {
                throw ProblemException.duplicate("official code " + fields.officialCode() + " is registered already, as "
                        + existing.nameLatin, URI.create("/api/v1/authorities/" + existing.id));
            });
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static void checkSectors(Taxonomy taxonomy, List<String> sectors, String field,
                                     List<Problem.Violation> violations) {
        for (int i = 0; i < sectors.size(); i++) {
            if (!taxonomy.isSector(sectors.get(i))) {
                violations.add(new Problem.Violation(field + "[" + i + "]",
                        "is not a sector of the taxonomy"));
            }
        }
    }

    private Authority announceUpdate(Authority authority) {
        return AuthorityEvents.announceUpdate(outbox, authority);
    }

    private static void requireAdministers(UUID id, Caller caller) {
        caller.require(AccessPolicy.administers(caller.who(), id),
                "only an administrator of authority " + id + " or a platform admin changes it");
    }
}
