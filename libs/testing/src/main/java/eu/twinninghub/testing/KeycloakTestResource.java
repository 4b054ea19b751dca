package eu.twinninghub.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the application's OIDC at the real Keycloak of the test run, realm {@code twinning}. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.auth-server-url", TestKeycloak.realmUrl(),
                TestKeycloak.URL_PROPERTY, TestKeycloak.url(),
                // authority-profiles gives people their authority through the Admin API.
                "twinning.people.keycloak-url", TestKeycloak.url(),
                "twinning.people.client-secret", TestKeycloak.clientSecret("twinning-people"));
    }

    @Override
    public void stop() {
        // Keycloak outlives application restarts; see TestKeycloak.
    }
}
