package eu.twinninghub.e2e;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.testing.RepositoryLayout;
import eu.twinninghub.testing.TestPostgres;
import eu.twinninghub.testing.TestServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A service started as in production, with none of its secrets set, does not start on defaults: it
 * stops at once and names the variable that is missing. Nor does it start with a setting that is
 * for workstations only. The starts are independent and mostly wait: they run side by side.
 */
@Execution(ExecutionMode.CONCURRENT)
class ProductionConfigurationTest {

    @ParameterizedTest(name = "{0} without its secrets names one of {1}")
    @CsvSource(textBlock = """
            authority-profiles, DB_USER|DB_PASSWORD|KEYCLOAK_PEOPLE_SECRET
            needs-offers,       DB_USER|DB_PASSWORD
            matching,           DB_USER|DB_PASSWORD
            gateway,            OIDC_CLIENT_SECRET
            """)
    void aMissingSecretStopsTheStartAndIsNamed(String service, String variables) throws Exception {
        String output = failedStart(service, Map.of());
        assertTrue(Pattern.compile("Could not expand value (" + variables + ")").matcher(output).find(),
                service + " should name one of " + variables + ":\n" + output);
    }

    /** A receiver on the pod itself would let a partner reach what only the pod may. */
    @Test
    void loopbackWebhookReceiversStopAProductionStart() throws Exception {
        String output = failedStart("notifications", Map.of("TWINNING_WEBHOOKS_ALLOW_LOOPBACK", "true"));
        assertTrue(output.contains("TWINNING_WEBHOOKS_ALLOW_LOOPBACK"), output);
    }

    /**
     * In the cluster a service signs in to Kafka as its own KafkaUser over TLS: without the user's
     * secret it does not start (rather than connect without credentials), and says which is missing.
     */
    @Test
    void inTheClusterAServiceWithoutItsKafkaUserDoesNotStart() throws Exception {
        TestPostgres postgres = TestPostgres.shared();
        postgres.createDatabase("cluster_profile");
        String output = failedStart("matching", Map.of("QUARKUS_PROFILE", "prod,cluster",
                "DB_URL", postgres.jdbcUrl("cluster_profile"), "DB_USER", postgres.username(), "DB_PASSWORD", postgres.password()));
        assertTrue(output.contains("Could not expand value KAFKA_SASL_JAAS_CONFIG"), output);
    }

    /**
     * Notifications keeps no outbox and so lacks the credentials check of libs/messaging, but its
     * consumers sign in as the others' do: without the secret they refuse to start over SASL (Kubernetes
     * does not start its pod without the secret anyway) instead of connecting in plain text.
     */
    @Test
    void inTheClusterNotificationsSignsInToKafkaAsTheOthersDo() throws Exception {
        String output = failedStart("notifications", Map.of("QUARKUS_PROFILE", "prod,cluster"));
        assertTrue(output.contains("Login module not specified in JAAS config"), output);
    }

    /** Starts a service's jar with the prod profile, no secrets and {@code env}; answers its output once it stopped. */
    private static String failedStart(String service, Map<String, String> env) throws Exception {
        Path jar = RepositoryLayout.root().resolve("services/" + service + "/target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>(TestServices.command(jar));
        command.addAll(1, List.of("-Dquarkus.http.port=0", "-Dquarkus.management.port=0"));
        ProcessBuilder start = new ProcessBuilder(command).redirectErrorStream(true);
        // To a file: a full pipe would keep a failing start from ending.
        Path log = Files.createTempFile(service + "-start", ".log");
        start.redirectOutput(log.toFile());
        start.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.endsWith("_SECRET")
                || name.startsWith("QUARKUS_PROFILE"));
        start.environment().putAll(env);
        Process process = start.start();
        try {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), service + " should stop by itself");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertNotEquals(0, process.exitValue(), output);
            return output;
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
