package eu.twinninghub.gateway.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Quarkus checks a {@code @ConfigMapping} at start only where one is injected: this is that place
 * for {@link WebSignInConfig}, so that a gateway without its pages' client secret stops and names it.
 */
@Startup
@ApplicationScoped
public class RequiredSignInSecret {

    RequiredSignInSecret(WebSignInConfig signIn) {
        // Injected to be checked; OIDC reads the same value through its own settings.
    }
}
