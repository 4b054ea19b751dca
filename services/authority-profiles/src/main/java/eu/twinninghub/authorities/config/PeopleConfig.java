package eu.twinninghub.authorities.config;

import io.smallrye.config.ConfigMapping;

/** Where Keycloak's Admin API is, and the service account this service calls it as. */
@ConfigMapping(prefix = "twinning.people")
public interface PeopleConfig {

    String keycloakUrl();

    String realm();

    String clientId();

    String clientSecret();
}
