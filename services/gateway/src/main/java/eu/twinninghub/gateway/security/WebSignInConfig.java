package eu.twinninghub.gateway.security;

import io.smallrye.config.ConfigMapping;

/**
 * The secret the pages sign people in with (Keycloak client twinning-gateway), required: OIDC
 * would take a missing one for none and fail only at the first sign-in.
 */
@ConfigMapping(prefix = "twinning.web")
public interface WebSignInConfig {

    String clientSecret();
}
