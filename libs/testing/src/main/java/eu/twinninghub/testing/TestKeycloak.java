package eu.twinninghub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The Keycloak of a test run. {@code make test} starts one before the modules' tests and passes
 * its address as the system property {@code twinning.keycloak.url}; a module's tests run alone
 * (IDE, {@code mvn -pl}) start their own and stop it when their JVM exits.
 */
public final class TestKeycloak {

    public static final String URL_PROPERTY = "twinning.keycloak.url";

    private static final SharedInfrastructure<Located> SHARED = new SharedInfrastructure<>(TestKeycloak::locate,
            Located::stopIfStartedHere);

    private TestKeycloak() {
    }

    /** The base address, e.g. {@code http://127.0.0.1:18180}. */
    public static String url() {
        return SHARED.get().url();
    }

    public static String realmUrl() {
        return url() + "/realms/" + KeycloakServer.REALM;
    }

    /**
     * A confidential client's secret, read from the realm file of {@code deploy/keycloak/} (the
     * local-development secrets live there and nowhere else).
     */
    public static String clientSecret(String clientId) {
        try {
            JsonNode realm = new ObjectMapper().readTree(RepositoryLayout.root().resolve(KeycloakServer.REALM_FILE).toFile());
            for (JsonNode client : realm.path("clients")) {
                if (clientId.equals(client.path("clientId").asText())) {
                    return client.path("secret").asText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no client " + clientId + " in " + KeycloakServer.REALM_FILE);
    }

    /** {@code startedHere} is null when somebody else (the Makefile) runs the server. */
    private record Located(String url, KeycloakServer startedHere) {
        void stopIfStartedHere() {
            if (startedHere != null) {
                startedHere.stop();
            }
        }
    }

    private static Located locate() {
        String given = System.getProperty(URL_PROPERTY, "");
        if (!given.isBlank()) {
            return new Located(given, null);
        }
        KeycloakServer server = KeycloakServer.forTests();
        if (server.isReady()) {
            return new Located(server.url(), null);
        }
        server.start();
        return new Located(server.url(), server);
    }
}
