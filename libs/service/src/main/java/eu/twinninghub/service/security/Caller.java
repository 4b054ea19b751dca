package eu.twinninghub.service.security;

import eu.twinninghub.service.problem.ProblemException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the validated token: the person or service account, its roles and the
 * authority it acts for (claim {@code authority_id}). Ownership rules ask it, never the request body.
 */
@RequestScoped
public class Caller {

    public static final String AUTHORITY_CLAIM = "authority_id";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The token's subject, recorded as "who" in histories and audit fields. */
    public String id() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName();
    }

    /** A readable name for histories: the username, or the service account's client. */
    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String username = jwt.getClaim("preferred_username");
            if (username != null) {
                return username;
            }
        }
        return id();
    }

    /** The caller's e-mail address, if Keycloak verified it; empty otherwise. */
    public Optional<String> verifiedEmail() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && Boolean.TRUE.equals(jwt.getClaim("email_verified"))) {
            return Optional.ofNullable(jwt.getClaim("email"));
        }
        return Optional.empty();
    }

    /** The language the caller chose in Keycloak (its {@code locale} claim), if any. */
    public Optional<String> language() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("locale") != null) {
            String locale = jwt.getClaim("locale").toString().replace("\"", "");
            return locale.matches("[a-z]{2}") ? Optional.of(locale) : Optional.empty();
        }
        return Optional.empty();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isPlatformAdmin() {
        return hasRole(Roles.PLATFORM_ADMIN);
    }

    public boolean isPartnerNetwork() {
        return hasRole(Roles.PARTNER_NETWORK);
    }

    public Optional<UUID> authorityId() {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(AUTHORITY_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the caller's token is bound to {@code authority}. */
    public boolean actsFor(UUID authority) {
        return authorityId().filter(authority::equals).isPresent();
    }

    /** The caller as the rules of {@link AccessPolicy} see it. */
    public AccessPolicy.Who who() {
        return identity.isAnonymous() ? AccessPolicy.Who.ANONYMOUS
                : new AccessPolicy.Who(identity.getRoles(), authorityId());
    }

    /**
     * Goes on only when {@code allowed} (a rule of {@link AccessPolicy}): else 401 for an anonymous
     * caller, 403 with {@code refusal} for anyone else.
     */
    public void require(boolean allowed, String refusal) {
        if (allowed) {
            return;
        }
        if (isAnonymous()) {
            throw new UnauthorizedException();
        }
        throw ProblemException.forbidden(refusal);
    }
}
