package eu.twinninghub.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where things are: the project's root (found from the working directory) and the build's settings. */
public final class RepositoryLayout {

    private static final Properties BUILD = load();

    private RepositoryLayout() {
    }

    /** The checkout this code runs from: the nearest folder upwards that holds the realm file. */
    public static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve(KeycloakServer.REALM_FILE))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + KeycloakServer.REALM_FILE + " above " + dir
                + ": run from inside the Twinning Hub checkout");
    }

    /** Local, never committed state of servers started from this checkout (see .gitignore). */
    public static Path localState() {
        return root().resolve(".local");
    }

    static String keycloakVersion() {
        return BUILD.getProperty("keycloak.version");
    }

    static Path mavenRepository() {
        String configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(BUILD.getProperty("maven.repository"));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = RepositoryLayout.class.getResourceAsStream("/twinning-testing.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
