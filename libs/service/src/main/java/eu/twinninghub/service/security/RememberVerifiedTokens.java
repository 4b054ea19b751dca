package eu.twinninghub.service.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs first after any identity provider, so it sees an identity as OIDC built it (other augmentors
 * run again on a remembered one) and hands it to {@link VerifiedTokens}.
 */
@ApplicationScoped
public class RememberVerifiedTokens implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    public RememberVerifiedTokens(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()) {
            tokens.remember(identity);
        }
        return Uni.createFrom().item(identity);
    }
}
