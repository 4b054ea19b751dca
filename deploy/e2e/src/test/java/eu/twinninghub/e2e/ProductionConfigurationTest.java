package eu.twinninghub.e2e;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.testing.RepositoryLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A service started as in production, with none of its secrets set, does not start on defaults: it
 * stops at once and names the variable that is missing.
 */
class ProductionConfigurationTest {

    @ParameterizedTest(name = "{0} without its secrets names one of {1}")
    @CsvSource(textBlock = """
            authority-profiles, DB_USER|DB_PASSWORD|KEYCLOAK_PEOPLE_SECRET
            needs-offers,       DB_USER|DB_PASSWORD
            matching,           DB_USER|DB_PASSWORD
            gateway,            OIDC_CLIENT_SECRET
            """)
    void aMissingSecretStopsTheStartAndIsNamed(String service, String variables) throws Exception {
        Path jar = RepositoryLayout.root().resolve("services/" + service + "/target/quarkus-app/quarkus-run.jar");
        ProcessBuilder start = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-Dquarkus.http.port=0", "-jar", jar.toString())).redirectErrorStream(true);
        // To a file: a full pipe would keep a failing start from ending.
        Path log = Files.createTempFile(service + "-start", ".log");
        start.redirectOutput(log.toFile());
        start.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.endsWith("_SECRET"));
        Process process = start.start();
        try {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), service + " should stop by itself");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertNotEquals(0, process.exitValue(), output);
            assertTrue(Pattern.compile("Could not expand value (" + variables + ")").matcher(output).find(),
                    service + " should name one of " + variables + ":\n" + output);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
