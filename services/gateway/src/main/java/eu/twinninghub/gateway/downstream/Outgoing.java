package eu.twinninghub.gateway.downstream;

import eu.twinninghub.service.web.RequestIds;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What each call to a service carries from the caller's request: the validated bearer token (so
 * that the service checks the same person again), the request id and the preferred language. Held
 * per request, so that calls made in parallel for the dashboard carry it too.
 */
@RequestScoped
public class Outgoing {

    private final CurrentIdentityAssociation identities;

    private String requestId;
    private String acceptLanguage;
    private String bearerToken;

    public Outgoing(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /**
     * Validates the caller's token before the request is handled, so that a call to a service can
     * start on the event loop, where waiting for the identity is not allowed. A token that fails
     * validation fails the request, with a 401.
     */
    @ServerRequestFilter
    public Uni<Void> capture(ContainerRequestContext request) {
        requestId = RequestIds.current();
        acceptLanguage = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return identities.getDeferredIdentity().invoke(identity -> {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            bearerToken = token != null ? token.getToken() : null;
        }).replaceWithVoid();
    }

    /**
     * The caller's access token once validated here: the bearer token of an API call, or the one
     * Keycloak gave a person signed in to the web pages; null for an anonymous caller.
     */
    public String bearerToken() {
        return bearerToken;
    }

    public String requestId() {
        return requestId;
    }

    public String acceptLanguage() {
        return acceptLanguage;
    }
}
