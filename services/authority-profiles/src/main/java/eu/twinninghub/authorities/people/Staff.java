package eu.twinninghub.authorities.people;

import eu.twinninghub.api.authority.TrustAction;
import eu.twinninghub.api.problem.ProblemType;
import eu.twinninghub.api.staff.Invitation;
import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.authorities.trail.TrustRecord;
import eu.twinninghub.authorities.trail.TrustTrail;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An authority's admins manage its people: who is a member, who an admin, who leaves. An authority
 * always keeps one admin, so that someone can let the next colleague in.
 */
@ApplicationScoped
public class Staff {

    static final int INVITATIONS_A_DAY = 20;

    private final People people;
    private final TrustTrail trail;
    private final Clock clock;

    public Staff(People people, TrustTrail trail, Clock clock) {
        this.people = people;
        this.trail = trail;
        this.clock = clock;
    }

    /** Invites a colleague; at most {@link #INVITATIONS_A_DAY} a day per person, against mail floods. */
    @Transactional
    public People.Person invite(UUID authority, Invitation invitation, Caller caller) {
        require(authority, caller);
        Instant since = clock.instant().minus(Duration.ofDays(1));
        if (TrustRecord.count("actor = ?1 and action = ?2 and at > ?3", caller.displayName(), TrustAction.STAFF_INVITED,
                since) >= INVITATIONS_A_DAY) {
            throw ProblemException.retryLater(ProblemType.RATE_LIMITED, "at most " + INVITATIONS_A_DAY
                    + " invitations a day; try again tomorrow", Duration.ofHours(1));
        }
        People.Role role = invitation.role() == null ? People.Role.MEMBER : People.Role.valueOf(invitation.role());
        String language = invitation.language() == null ? "en" : invitation.language();
        trail.record(authority, TrustAction.STAFF_INVITED, caller.displayName(), null,
                invitation.email() + " as " + role.name().toLowerCase());
        TrustRecord.getEntityManager().flush();
        String id = people.invite(authority, invitation.email(), invitation.firstName().strip(),
                invitation.lastName().strip(), role, language);
        return new People.Person(id, invitation.email().toLowerCase(Locale.ROOT),
                invitation.firstName().strip() + " " + invitation.lastName().strip(), invitation.email(), role);
    }

    public List<People.Person> of(UUID authority, Caller caller) {
        require(authority, caller);
        return people.of(authority);
    }

    @Transactional
    public People.Person changeRole(UUID authority, String personId, People.Role role, Caller caller) {
        require(authority, caller);
        List<People.Person> staff = people.of(authority);
        People.Person person = member(staff, authority, personId);
        if (person.role() == role) {
            return person;
        }
        if (role == People.Role.MEMBER) {
            lastAdminStays(staff, person);
        }
        trail.record(authority, TrustAction.STAFF_ROLE_CHANGED, caller.displayName(), null,
                person.username() + " is now " + role.name().toLowerCase());
        people.changeRole(personId, role);
        return new People.Person(person.id(), person.username(), person.name(), person.email(), role);
    }

    @Transactional
    public void remove(UUID authority, String personId, Caller caller) {
        require(authority, caller);
        List<People.Person> staff = people.of(authority);
        People.Person person = member(staff, authority, personId);
        lastAdminStays(staff, person);
        trail.record(authority, TrustAction.STAFF_REMOVED, caller.displayName(), null, person.username());
        people.remove(personId);
    }

    private static void require(UUID authority, Caller caller) {
        caller.require(AccessPolicy.administers(caller.who(), authority),
                "only an administrator of authority " + authority + " or a platform admin manages its people");
        Authority.existing(authority);
    }

    private static People.Person member(List<People.Person> staff, UUID authority, String personId) {
        return staff.stream().filter(person -> person.id().equals(personId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("person of authority " + authority, personId));
    }

    private static void lastAdminStays(List<People.Person> staff, People.Person person) {
        if (person.role() == People.Role.ADMIN
                && staff.stream().filter(other -> other.role() == People.Role.ADMIN).count() == 1) {
            throw ProblemException.conflict(person.username() + " is the authority's last admin: make someone else"
                    + " an admin first");
        }
    }
}
