package eu.twinninghub.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak from the {@code keycloak-quarkus-dist} zip in the local Maven repository:
 * unpacked once, built once ({@code kc.sh build}), then started with {@code start --optimized}
 * and the {@code twinning} realm imported from {@code deploy/keycloak/}.
 *
 * <p>Two instances exist: the one of the local stack ({@code make run}, data kept) and the one of
 * the test suite (fresh data on every start, so realm edits always apply). They use different
 * folders and ports and can run side by side.
 */
public final class KeycloakServer {

    public static final String REALM_FILE = "deploy/keycloak/twinning-realm.json";
    public static final String REALM = "twinning";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true",
            "--metrics-enabled=true");

    private final Path base;
    private final int httpPort;
    private final int managementPort;
    private final boolean freshData;
    private final List<String> runOptions;
    private final Map<String, String> realmSettings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private KeycloakServer(Path base, int httpPort, int managementPort, boolean freshData, List<String> runOptions,
            Map<String, String> realmSettings) {
        this.base = base;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.freshData = freshData;
        this.runOptions = runOptions;
        this.realmSettings = realmSettings;
    }

    /**
     * The test run's Keycloak differs from the realm file in two ways, both for the test run alone; the
     * local stack keeps the production behaviour.
     * <ul>
     * <li>It lets one user sign in twice at the same moment. Both test lanes sign in as the same demo
     * users, and with brute-force detection on (as in the realm) Keycloak 26 refuses the second of two
     * concurrent sign-ins as "Invalid user credentials".</li>
     * <li>It hashes passwords cheaply: its passwords are the published demo password, and a run
     * signs in and sets passwords hundreds of times on the two cores its tests share. A sign-in
     * costs 118 ms of CPU with Keycloak's default, Argon2, and 39 ms with one round of PBKDF2.</li>
     * </ul>
     */
    public static KeycloakServer forTests() {
        return new KeycloakServer(RepositoryLayout.localState().resolve("test/keycloak"), 18180, 19180, true,
                List.of("--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true"),
                Map.of("passwordPolicy", "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)"));
    }

    public static KeycloakServer forLocalStack() {
        return new KeycloakServer(RepositoryLayout.localState().resolve("run/keycloak"), 8180, 9180, false, List.of(),
                Map.of());
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    /** Ready means the management port says UP and the realm answers. */
    public boolean isReady() {
        return answers("http://127.0.0.1:" + managementPort + "/health/ready", "\"status\":\"UP\"")
                && answers(realmUrl(), "\"realm\":\"" + REALM + "\"");
    }

    public synchronized void start() {
        if (isReady()) {
            return;
        }
        Path home = install();
        build(home);
        try {
            Path realm = RepositoryLayout.root().resolve(REALM_FILE);
            Path imported = home.resolve("data/import/twinning-realm.json");
            // Keycloak never re-imports a realm it has: when the realm file changed (new demo users,
            // roles, clients), the local stack starts from it again. Its data holds nothing else.
            if (freshData || Files.exists(imported) && Files.mismatch(realm, imported) != -1) {
                deleteTree(home.resolve("data"));
            }
            Files.createDirectories(imported.getParent());
            importRealm(realm, imported);
            List<String> command = new ArrayList<>(List.of("setsid", home.resolve("bin/kc.sh").toString(), "start",
                    "--optimized", "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + httpPort,
                    "--http-management-port=" + managementPort, "--hostname-strict=false", "--cache=local", "--import-realm"));
            command.addAll(runOptions);
            Process process = launch(home, command, base.resolve("keycloak.log"));
            Processes.writePid(pidFile(), process);
            awaitReady(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() {
        Processes.stop(pidFile(), 30);
    }

    private void importRealm(Path realm, Path imported) throws IOException {
        if (realmSettings.isEmpty()) {
            Files.copy(realm, imported, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        ObjectNode tree = (ObjectNode) JSON.readTree(realm.toFile());
        realmSettings.forEach(tree::put);
        JSON.writerWithDefaultPrettyPrinter().writeValue(imported.toFile(), tree);
    }

    private Path pidFile() {
        return base.resolve("keycloak.pid");
    }

    private void awaitReady(Process process) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see "
                        + base.resolve("keycloak.log"));
            }
            if (isReady()) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        stop();
        throw new IllegalStateException("Keycloak not ready after " + START_TIMEOUT + "; see " + base.resolve("keycloak.log"));
    }

    private Path install() {
        String version = RepositoryLayout.keycloakVersion();
        Path home = base.resolve("keycloak-" + version);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = RepositoryLayout.mavenRepository()
                .resolve("org/keycloak/keycloak-quarkus-dist/" + version + "/keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing: build libs/testing first (./mvnw -pl libs/testing install)");
        }
        try {
            Files.createDirectories(base);
            unzip(zip, base);
            try (var scripts = Files.list(home.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
        return home;
    }

    private void build(Path home) {
        Path marker = home.resolve(".twinning-build");
        String wanted = String.join(" ", BUILD_OPTIONS);
        try {
            if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
                return;
            }
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
            command.addAll(BUILD_OPTIONS);
            Process process = launch(home, command, base.resolve("keycloak-build.log"));
            if (process.waitFor() != 0) {
                throw new IllegalStateException("kc.sh build failed; see " + base.resolve("keycloak-build.log"));
            }
            Files.writeString(marker, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building Keycloak", e);
        }
    }

    private Process launch(Path home, List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // LOCAL DEVELOPMENT ONLY: the master realm's admin of a laptop or test Keycloak.
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return builder.start();
    }

    private boolean answers(String url, String expected) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").contains(expected);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@code KeycloakServer start|stop|status test|run}: used by the Makefile. */
    public static void main(String[] args) {
        if (args.length != 2 || !List.of("test", "run").contains(args[1])) {
            System.err.println("usage: KeycloakServer start|stop|status test|run");
            System.exit(2);
        }
        KeycloakServer server = "test".equals(args[1]) ? forTests() : forLocalStack();
        switch (args[0]) {
            case "start" -> {
                server.start();
                System.out.println("Keycloak ready at " + server.url());
            }
            case "stop" -> server.stop();
            case "status" -> System.exit(server.isReady() ? 0 : 1);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }
}
