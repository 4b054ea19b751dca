package eu.twinninghub.service.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asked before OIDC: answers a bearer token it has seen verified (see {@link VerifiedTokens}) with
 * that identity, bound to the current request; for any other token it answers nothing, and OIDC
 * verifies it.
 */
@ApplicationScoped
public class RememberedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens tokens;

    public RememberedTokens(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Above OIDC's provider, which has the default priority (1001). */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!(request.getToken() instanceof AccessTokenCredential token) || routing == null) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity known = tokens.find(token.getToken());
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known)
                .addAttribute(RoutingContext.class.getName(), routing).build());
    }
}
