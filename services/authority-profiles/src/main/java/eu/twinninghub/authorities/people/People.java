package eu.twinninghub.authorities.people;

import eu.twinninghub.api.problem.ProblemType;
import eu.twinninghub.authorities.config.PeopleConfig;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.security.Roles;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The people of the authorities, as Keycloak keeps them: Keycloak holds the logins and passwords,
 * this service only says which authority a person acts for and in which role. It calls the Admin
 * API as the service account {@code twinning-people}, which may manage users and nothing else.
 */
@ApplicationScoped
public class People {

    /** The roles an approved person may get. */
    public enum Role {
        MEMBER(Roles.AUTHORITY_MEMBER), ADMIN(Roles.AUTHORITY_ADMIN);

        private final String realmRole;

        Role(String realmRole) {
            this.realmRole = realmRole;
        }

        public String realmRole() {
            return realmRole;
        }
    }

    /** How long an invitation's link works. */
    public static final Duration INVITATION_VALID_FOR = Duration.ofDays(3);

    private final Keycloak keycloak;
    private final String realm;

    public People(PeopleConfig config) {
        // Built here rather than injected: the extension's bean reads its server address before a
        // test's Keycloak is known. The client logs in as the service account and renews its token.
        this.keycloak = KeycloakBuilder.builder().serverUrl(config.keycloakUrl()).realm(config.realm())
                .clientId(config.clientId()).clientSecret(config.clientSecret())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).build();
        this.realm = config.realm();
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }

    /**
     * Binds person {@code personId} to {@code authority} in {@code role}; their next token carries
     * both. A person already bound to another authority is refused: one login, one authority.
     */
    public void grant(String personId, UUID authority, Role role) {
        call(() -> {
            UserResource user = realm().users().get(personId);
            UserRepresentation person = user.toRepresentation();
            Map<String, List<String>> attributes = person.getAttributes() == null ? new HashMap<>()
                    : new HashMap<>(person.getAttributes());
            List<String> bound = attributes.getOrDefault(Caller.AUTHORITY_CLAIM, List.of());
            if (!bound.isEmpty() && !bound.contains(authority.toString())) {
                throw ProblemException.conflict("this person acts for another authority already");
            }
            attributes.put(Caller.AUTHORITY_CLAIM, List.of(authority.toString()));
            person.setAttributes(attributes);
            user.update(person);
            // The roles the service account may give are those it can map; it need not read the realm.
            List<RoleRepresentation> mappable = user.roles().realmLevel().listAvailable().stream()
                    .filter(available -> available.getName().equals(role.realmRole())).toList();
            if (!mappable.isEmpty()) {
                user.roles().realmLevel().add(mappable);
            }
            return null;
        });
    }

    /** A person of an authority and the role they hold there. */
    public record Person(String id, String username, String name, String email, Role role) {
    }

    /**
     * Creates a login for a colleague bound to {@code authority} in {@code role}; Keycloak mails them
     * the link to set a password, which also confirms the address. Answers their Keycloak id. If the
     * mail cannot be sent, the login is removed again and the caller told to retry.
     */
    public String invite(UUID authority, String email, String firstName, String lastName, Role role, String language) {
        return call(() -> {
            UserRepresentation person = new UserRepresentation();
            person.setUsername(email.toLowerCase(Locale.ROOT));
            person.setEmail(email);
            person.setFirstName(firstName);
            person.setLastName(lastName);
            person.setEnabled(true);
            person.setEmailVerified(false);
            person.setAttributes(Map.of(Caller.AUTHORITY_CLAIM, List.of(authority.toString()),
                    "locale", List.of(language)));
            String id;
            try (Response created = realm().users().create(person)) {
                if (created.getStatus() == 409) {
                    throw ProblemException.conflict("someone with the address " + email + " has a login already;"
                            + " they can claim the authority themselves");
                }
                if (created.getStatus() != 201) {
                    throw new WebApplicationException(created.getStatus());
                }
                id = CreatedResponseUtil.getCreatedId(created);
            }
            try {
                changeRole(id, role);
                realm().users().get(id).executeActionsEmail(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"),
                        (int) INVITATION_VALID_FOR.toSeconds());
            } catch (WebApplicationException e) {
                realm().users().delete(id).close();
                throw ProblemException.retryLater(ProblemType.UNAVAILABLE, "the invitation could not be mailed to "
                        + email + " (Keycloak's mail server did not take it); nothing was created, try again later",
                        Duration.ofMinutes(1));
            }
            return id;
        });
    }

    /**
     * True when someone administers {@code authority} already. Each person's roles are one more call
     * to Keycloak, so it stops at the first admin.
     */
    public boolean hasAdmins(UUID authority) {
        return call(() -> bound(authority).anyMatch(user -> role(realm().users().get(user.getId())) == Role.ADMIN));
    }

    /** The people bound to {@code authority} (service accounts of networks are not its people). */
    public List<Person> of(UUID authority) {
        return call(() -> bound(authority)
                .map(user -> new Person(user.getId(), user.getUsername(), name(user), user.getEmail(),
                        role(realm().users().get(user.getId()))))
                .filter(person -> person.role() != null)
                .toList());
    }

    private Stream<UserRepresentation> bound(UUID authority) {
        return realm().users().searchByAttributes(Caller.AUTHORITY_CLAIM + ":" + authority).stream()
                .filter(user -> user.getServiceAccountClientId() == null);
    }

    /** Gives {@code personId}, bound to {@code authority}, exactly {@code role} there. */
    public void changeRole(String personId, Role role) {
        call(() -> {
            UserResource user = realm().users().get(personId);
            if (role == Role.MEMBER) {
                List<RoleRepresentation> admin = user.roles().realmLevel().listAll().stream()
                        .filter(mapped -> mapped.getName().equals(Roles.AUTHORITY_ADMIN)).toList();
                if (!admin.isEmpty()) {
                    user.roles().realmLevel().remove(admin);
                }
            }
            List<RoleRepresentation> missing = user.roles().realmLevel().listAvailable().stream()
                    .filter(available -> available.getName().equals(role.realmRole())).toList();
            if (!missing.isEmpty()) {
                user.roles().realmLevel().add(missing);
            }
            return null;
        });
    }

    /** Unbinds {@code personId} from any authority: attribute and roles removed, every session ended. */
    public void remove(String personId) {
        call(() -> {
            UserResource user = realm().users().get(personId);
            UserRepresentation person = user.toRepresentation();
            Map<String, List<String>> attributes = person.getAttributes() == null ? new HashMap<>()
                    : new HashMap<>(person.getAttributes());
            attributes.remove(Caller.AUTHORITY_CLAIM);
            person.setAttributes(attributes);
            user.update(person);
            List<RoleRepresentation> authorityRoles = user.roles().realmLevel().listAll().stream()
                    .filter(mapped -> mapped.getName().equals(Roles.AUTHORITY_ADMIN)
                            || mapped.getName().equals(Roles.AUTHORITY_MEMBER)).toList();
            if (!authorityRoles.isEmpty()) {
                user.roles().realmLevel().remove(authorityRoles);
            }
            user.logout();
            return null;
        });
    }

    private static Role role(UserResource user) {
        List<String> roles = user.roles().realmLevel().listEffective().stream().map(RoleRepresentation::getName).toList();
        return roles.contains(Roles.AUTHORITY_ADMIN) ? Role.ADMIN : roles.contains(Roles.AUTHORITY_MEMBER) ? Role.MEMBER
                : null;
    }

    private static String name(UserRepresentation user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getUsername() : name;
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    /** Keycloak not answering is a 503 the caller may retry, never a 500; an unknown person a 404. */
    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFoundException e) {
            throw ProblemException.notFound("person", "in Keycloak");
        } catch (ProcessingException | WebApplicationException e) {
            throw ProblemException.retryLater(ProblemType.UNAVAILABLE,
                    "Keycloak did not answer: " + e.getClass().getSimpleName(), Duration.ofSeconds(5));
        }
    }
}
