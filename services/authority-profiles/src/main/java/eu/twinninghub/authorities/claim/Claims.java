package eu.twinninghub.authorities.claim;

import eu.twinninghub.api.authority.AuthorityFields;
import eu.twinninghub.api.authority.RegisterAuthority;
import eu.twinninghub.api.authority.TrustAction;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.api.claim.ClaimDecision;
import eu.twinninghub.api.claim.ClaimInput;
import eu.twinninghub.api.claim.ClaimState;
import eu.twinninghub.api.claim.NewAuthority;
import eu.twinninghub.api.problem.ProblemType;
import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.authorities.authority.AuthorityRegister;
import eu.twinninghub.authorities.authority.OfficialCodes;
import eu.twinninghub.authorities.people.People;
import eu.twinninghub.authorities.trail.TrustTrail;
import eu.twinninghub.events.claim.ClaimDecided;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Joining. A person with a login but no authority claims one of the register (or proposes a new
 * one) with evidence; the claim waits in the verification queue of those who may decide it; an
 * approval binds the person to the authority in Keycloak, with a role. Each step is on the
 * authority's trust trail.
 */
@ApplicationScoped
public class Claims {

    private final Outbox outbox;
    private final Clock clock;
    private final TrustTrail trail;
    private final People people;
    private final AuthorityRegister register;
    private final int perPersonPerDay;

    public Claims(Outbox outbox, Clock clock, TrustTrail trail, People people, AuthorityRegister register,
                  @ConfigProperty(name = "twinning.claims.per-person-per-day") int perPersonPerDay) {
        this.outbox = outbox;
        this.clock = clock;
        this.trail = trail;
        this.people = people;
        this.register = register;
        this.perPersonPerDay = perPersonPerDay;
    }

    @Transactional
    public Claim claim(ClaimInput input, Caller caller) {
        caller.require(AccessPolicy.claims(caller.who()),
                "you act for an authority already; a colleague who administers it adds people to it");
        if ((input.authorityId() == null) == (input.newAuthority() == null)) {
            throw ProblemException.invalid("authorityId", "give either the authority of the register you act for,"
                    + " or newAuthority to propose one");
        }
        if (input.officialEmail() == null && input.webPage() == null) {
            throw ProblemException.invalid("officialEmail", "give an official e-mail address or web page of the"
                    + " authority, so that the claim can be checked");
        }
        Instant now = clock.instant();
        if (Claim.count("personId = ?1 and createdAt > ?2", caller.id(), now.minus(Duration.ofDays(1)))
                >= perPersonPerDay) {
            throw ProblemException.retryLater(ProblemType.RATE_LIMITED, "at most " + perPersonPerDay
                    + " claims a day; try again tomorrow", Duration.ofHours(1));
        }
        Claim.<Claim>find("personId = ?1 and state = ?2", caller.id(), ClaimState.PENDING).firstResultOptional()
                .ifPresent(open -> {
                    throw ProblemException.duplicate("you have a claim waiting already; withdraw it to make another",
                            URI.create("/api/v1/claims/" + open.id));
                });
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.personId = caller.id();
        claim.personName = caller.displayName();
        claim.personEmail = caller.verifiedEmail().orElse(null);
        claim.personLanguage = caller.language().orElse(null);
        if (input.authorityId() != null) {
            Authority authority = Authority.findById(input.authorityId());
            if (authority == null) {
                throw ProblemException.invalid("authorityId", "is not in the register; propose it as newAuthority");
            }
            if (authority.verification == Verification.SUSPENDED) {
                throw ProblemException.suspended(authority.nameLatin);
            }
            claim.authorityId = authority.id;
        } else {
            proposed(claim, input.newAuthority());
        }
        claim.function = input.function().strip();
        claim.officialEmail = blankToNull(input.officialEmail());
        claim.webPage = blankToNull(input.webPage());
        claim.note = blankToNull(input.note());
        claim.state = ClaimState.PENDING;
        claim.createdAt = now;
        claim.persist();
        if (claim.authorityId != null) {
            trail.record(claim.authorityId, TrustAction.CLAIMED, caller.displayName(), null, claim.function);
        }
        return claim;
    }

    public List<Claim> mine(Caller caller) {
        caller.require(!caller.isAnonymous(), "sign in to see your claims");
        return Claim.list("personId = ?1 order by createdAt desc", caller.id());
    }

    /** The pending claims {@code caller} may decide, oldest first. */
    public List<Claim> queue(Caller caller) {
        if (caller.isPlatformAdmin()) {
            return Claim.list("state = ?1 order by createdAt", ClaimState.PENDING);
        }
        UUID mine = caller.authorityId().orElse(null);
        if (mine != null && caller.isPartnerNetwork()) {
            return Claim.list("state = ?1 and authorityId in (select a.id from Authority a where array_contains(a.networkIds, ?2))"
                    + " order by createdAt", ClaimState.PENDING, mine);
        }
        if (mine != null && caller.hasRole(Roles.AUTHORITY_ADMIN)) {
            return Claim.list("state = ?1 and authorityId = ?2 order by createdAt", ClaimState.PENDING, mine);
        }
        caller.require(false, "the verification queue is for platform admins, partner networks and authority admins");
        return List.of();
    }

    /** A claim the caller made, or may decide; to anyone else it does not exist. */
    public Claim visible(UUID id, Caller caller) {
        Claim claim = Claim.findById(id);
        if (claim == null || !claim.personId.equals(caller.id()) && !decides(claim, caller)) {
            throw ProblemException.notFound("claim", id);
        }
        return claim;
    }

    @Transactional
    public Claim decide(UUID id, ClaimDecision decision, Caller caller) {
        Claim claim = Claim.findById(id);
        if (claim == null || !decides(claim, caller) && !claim.personId.equals(caller.id())) {
            throw ProblemException.notFound("claim", id);
        }
        caller.require(decides(claim, caller), "a claim is decided by a platform admin, a network the authority"
                + " accepted, or the authority's admin; not by the person who made it");
        if (!claim.isPending()) {
            throw ProblemException.conflict("claim " + id + " is " + claim.state + " already");
        }
        String reason = blankToNull(decision.reason());
        Instant now = clock.instant();
        if (!decision.approve()) {
            if (reason == null) {
                throw ProblemException.invalid("reason", "is required to reject a claim: the person is told why");
            }
            claim.decide(ClaimState.REJECTED, null, caller.displayName(), reason, now);
            if (claim.authorityId != null) {
                trail.record(claim.authorityId, TrustAction.CLAIM_REJECTED, caller.displayName(), null, reason);
            }
            told(claim);
            return claim;
        }
        UUID authority = claim.authorityId != null ? claim.authorityId : registered(claim, caller).id;
        People.Role role = decision.role() != null ? People.Role.valueOf(decision.role())
                : people.hasAdmins(authority) ? People.Role.MEMBER : People.Role.ADMIN;
        claim.authorityId = authority;
        claim.decide(ClaimState.APPROVED, role.name(), caller.displayName(), reason, now);
        trail.record(authority, TrustAction.CLAIM_APPROVED, caller.displayName(), null,
                claim.personName + " as " + role.name().toLowerCase() + (reason == null ? "" : ": " + reason));
        told(claim);
        // Last, after the rows are written, so that a refusal of Keycloak rolls the decision back and
        // the database cannot refuse it after Keycloak said yes; granting twice is harmless.
        Claim.getEntityManager().flush();
        people.grant(claim.personId, authority, role);
        return claim;
    }

    /** The decision as an event: notifications tells the person, in their language, and the authority's people. */
    private void told(Claim claim) {
        outbox.add(new ClaimDecided(claim.id, claim.authorityId, claim.personName, claim.personEmail,
                claim.personLanguage, claim.state == ClaimState.APPROVED, claim.role, claim.reason, claim.decidedBy));
    }

    @Transactional
    public Claim withdraw(UUID id, Caller caller) {
        Claim claim = Claim.findById(id);
        if (claim == null || !claim.personId.equals(caller.id())) {
            throw ProblemException.notFound("claim", id);
        }
        if (!claim.isPending()) {
            throw ProblemException.conflict("claim " + id + " is " + claim.state + " already");
        }
        claim.decide(ClaimState.WITHDRAWN, null, caller.displayName(), null, clock.instant());
        return claim;
    }

    boolean decides(Claim claim, Caller caller) {
        List<UUID> networks = claim.authorityId == null ? List.of()
                : Authority.<Authority>findByIdOptional(claim.authorityId).map(a -> a.networkIds).orElse(List.of());
        return AccessPolicy.decidesClaimFor(caller.who(), claim.authorityId, networks);
    }

    /** A proposed authority, checked now, so that the person learns at once that a code is wrong or taken. */
    private static void proposed(Claim claim, NewAuthority proposal) {
        String country = OfficialCodes.isoCountry(proposal.country());
        OfficialCodes.problem(proposal.kind(), country, blankToNull(proposal.officialCode())).ifPresent(issue -> {
            throw ProblemException.invalid(issue.aboutCountry() ? "newAuthority.country" : "newAuthority.officialCode",
                    issue.message());
        });
        String code = blankToNull(proposal.officialCode());
        if (code != null) {
            Authority.byOfficialCode(code).ifPresent(existing -> {
                throw ProblemException.duplicate("official code " + code + " is in the register already, as "
                        + existing.nameLatin + ": claim it instead", URI.create("/api/v1/authorities/" + existing.id));
            });
        }
        claim.newKind = proposal.kind();
        claim.newCountry = country;
        claim.newName = proposal.nameOfficial().strip();
        claim.newCode = code;
    }

    private Authority registered(Claim claim, Caller caller) {
        AuthorityFields fields = new AuthorityFields(claim.newName, null, null, List.of(), claim.newCode, null, null,
                null, null, null, null, List.of(), List.of(), List.of(), null);
        return register.register(new RegisterAuthority(claim.newKind, claim.newCountry, fields, List.of(), List.of()),
                caller);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
