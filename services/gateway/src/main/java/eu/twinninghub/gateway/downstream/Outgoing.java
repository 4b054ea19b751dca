package eu.twinninghub.gateway.downstream;

import eu.twinninghub.service.web.RequestIds;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

    @Inject
    SecurityIdentity identity;

    private String requestId;
    private String acceptLanguage;

    @ServerRequestFilter
    public void capture(ContainerRequestContext request) {
        requestId = RequestIds.current();
        acceptLanguage = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    }

    /**
     * The caller's access token once validated here: the bearer token of an API call, or the one
     * Keycloak gave a person signed in to the web pages; null for an anonymous caller.
     */
    public String bearerToken() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token != null ? token.getToken() : null;
    }

    public String requestId() {
        return requestId;
    }

    public String acceptLanguage() {
        return acceptLanguage;
    }
}
