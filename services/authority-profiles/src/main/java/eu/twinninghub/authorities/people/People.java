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
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.keycloak.OAuth2Constants;
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

    /** True when someone administers {@code authority} already. */
    public boolean hasAdmins(UUID authority) {
        return call(() -> realm().users().searchByAttributes(Caller.AUTHORITY_CLAIM + ":" + authority).stream()
                .anyMatch(user -> realm().users().get(user.getId()).roles().realmLevel().listEffective().stream()
                        .anyMatch(role -> role.getName().equals(Roles.AUTHORITY_ADMIN))));
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
