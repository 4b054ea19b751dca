package eu.twinninghub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The platform's services as real processes, each from the jar Maven built
 * ({@code services/<name>/target/quarkus-app}), wired to this test JVM's Kafka, PostgreSQL and
 * MongoDB servers and to the test Keycloak. For the tests that cross services (deploy/e2e): what
 * runs is what ships. A test may kill and restart one. Pid files under
 * {@code target/test-services} let {@code make test} stop any left by a dead JVM.
 */
public final class TestServices implements AutoCloseable {

    public static final List<String> SERVICES = List.of("authority-profiles", "needs-offers", "matching", "notifications");
    public static final String GATEWAY = "gateway";

    private static final Duration READY_WITHIN = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    /** Each service's management interface: health and metrics. */
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> extraEnv;
    private final Path state;

    private TestServices(List<String> services, Map<String, Map<String, String>> extraEnv) {
        this.state = Path.of(System.getProperty("user.dir")).resolve("target/test-services");
        this.extraEnv = extraEnv;
        Iterator<Integer> free = freePorts(2 * services.size()).iterator();
        services.forEach(name -> ports.put(name, free.next()));
        services.forEach(name -> managementPorts.put(name, free.next()));
    }

    /**
     * {@code services} started and ready, each with {@code extraEnv.get(name)} added to its
     * environment; a gateway among them is pointed at the others. The caller closes them (and the
     * JVM does, should the caller not get to it).
     */
    public static TestServices start(List<String> services, Map<String, Map<String, String>> extraEnv) {
        TestServices started = new TestServices(services, extraEnv);
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-test-services"));
        services.forEach(started::launch);
        services.forEach(started::awaitReady);
        started.awaitConsumersCaughtUp();
        return started;
    }

    /**
     * The command that runs a service's {@code jar} as the tests do: this JVM's java with the root
     * pom's test.jvm.options, since a test's service lives a few minutes, mostly starting.
     */
    public static List<String> command(Path jar) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m"));
        Arrays.stream(System.getProperty("twinning.test-services.jvm-options", "").split("\\s+"))
                .filter(option -> !option.isBlank()).forEach(command::add);
        command.addAll(List.of("-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", jar.toString()));
        return command;
    }

    /** The topics each service consumes, under its consumer group (its name). */
    private static final Map<String, List<String>> CONSUMED = Map.of(
            "authority-profiles", List.of("twinning.matches"),
            "needs-offers", List.of("twinning.authorities", "twinning.matches"),
            "matching", List.of("twinning.authorities", "twinning.needs", "twinning.offers"),
            "notifications", List.of("twinning.authorities", "twinning.needs", "twinning.offers", "twinning.matches"));

    /**
     * Ready is not settled: a service that is up may not have read the events published so far (the
     * demo authorities, say). Waits until every consumer group here has committed up to the end of its
     * topics as they are now, so that a test starts from a platform that agrees with itself.
     */
    public void awaitConsumersCaughtUp() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.shared().bootstrapServers()))) {
            for (var group : CONSUMED.entrySet()) {
                if (!ports.containsKey(group.getKey())) {
                    continue;
                }
                Map<TopicPartition, OffsetSpec> ends = new java.util.HashMap<>();
                var existing = admin.listTopics().names().get();
                var topics = group.getValue().stream().filter(existing::contains).toList();
                for (var topic : admin.describeTopics(topics).allTopicNames().get().values()) {
                    topic.partitions().forEach(p -> ends.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
                }
                Map<TopicPartition, Long> targets = new java.util.HashMap<>();
                admin.listOffsets(ends).all().get().forEach((tp, info) -> targets.put(tp, info.offset()));
                while (true) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                            .partitionsToOffsetAndMetadata().get();
                    boolean caughtUp = targets.entrySet().stream().allMatch(target -> target.getValue() == 0
                            || committed.get(target.getKey()) != null
                            && committed.get(target.getKey()).offset() >= target.getValue());
                    if (caughtUp) {
                        break;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(group.getKey() + " did not catch up with " + targets
                                + " within " + READY_WITHIN + "; committed " + committed);
                    }
                    sleep();
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot read consumer offsets", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The base address of a service, e.g. {@code http://127.0.0.1:40123}. */
    public URI url(String service) {
        return URI.create("http://127.0.0.1:" + port(service));
    }

    /** The JDBC address of a service's own database, for tests that count what it wrote. */
    public String jdbcUrl(String service) {
        return TestPostgres.shared().jdbcUrl(database(service));
    }

    private static String database(String service) {
        return "crossing_" + service.replace('-', '_');
    }

    /** Kills a service at once (SIGKILL: no graceful shutdown), as a crash would. */
    public synchronized void kill(String service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Stops a service as an operator would (SIGTERM: it finishes its work and leaves its consumer
     * groups, so that a restarted one gets its partitions at once instead of after the session timeout).
     */
    public synchronized void stop(String service) {
        Process process = processes.get(service);
        if (process != null) {
            process.destroy();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kill(service);
        }
    }

    /** Starts a service again on its port (after {@link #kill}) and waits until it is ready. */
    public synchronized void restart(String service) {
        kill(service);
        launch(service);
        awaitReady(service);
    }

    /**
     * Stops {@code services} together as an operator would (SIGTERM), runs {@code whileStopped} (a
     * restore, say), starts them again together and waits until each is ready.
     */
    public synchronized void whileStopped(List<String> services, Runnable whileStopped) {
        services.forEach(service -> processes.get(service).destroy());
        services.forEach(this::stop);
        whileStopped.run();
        services.forEach(this::launch);
        services.forEach(this::awaitReady);
    }

    private void launch(String service) {
        Path jar = RepositoryLayout.root().resolve("services/" + service + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (make test does)");
        }
        TestPostgres postgres = TestPostgres.shared();
        String database = database(service);
        if (!service.equals(GATEWAY)) {
            postgres.createDatabase(database);
        }
        try {
            Files.createDirectories(state);
            ProcessBuilder builder = new ProcessBuilder(command(jar))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(state.resolve(service + ".log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port(service)));
            env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPorts.get(service)));
            env.put("DB_URL", postgres.jdbcUrl(database));
            env.put("DB_USER", postgres.username());
            env.put("DB_PASSWORD", postgres.password());
            env.put("MONGODB_URL", TestMongo.shared().connectionString());
            env.put("KAFKA_BOOTSTRAP_SERVERS", TestKafka.shared().bootstrapServers());
            env.put("OIDC_URL", TestKeycloak.realmUrl());
            env.put("KEYCLOAK_URL", TestKeycloak.url());
            env.put("KEYCLOAK_PEOPLE_SECRET", TestKeycloak.clientSecret("twinning-people"));
            // The demo users' authorities must exist; needs, offers and proposals are the tests' own.
            env.put("TWINNING_DEMO_DATA", Boolean.toString(service.equals("authority-profiles")));
            env.put("TWINNING_ALLOCATION", "false");
            // Production settings, plus what only a workstation may have (loopback webhook receivers).
            env.put("QUARKUS_PROFILE", "prod,local");
            env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
            if (service.equals(GATEWAY)) {
                SERVICES.stream().filter(ports::containsKey).forEach(name ->
                        env.put(name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL", url(name).toString()));
                // Tests call as a handful of users, far more often than any person would.
                env.put("RATE_LIMIT_RPS", "100000");
                env.put("RATE_LIMIT_BURST", "100000");
                env.put("OIDC_CLIENT_SECRET", TestKeycloak.clientSecret("twinning-gateway"));
            }
            env.putAll(extraEnv.getOrDefault(service, Map.of()));
            Process process = builder.start();
            processes.put(service, process);
            Processes.writePid(state.resolve(service + ".pid"), process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service, e);
        }
    }

    private void awaitReady(String service) {
        URI ready = managementUrl(service).resolve("/q/health/ready");
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            Process process = processes.get(service);
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(service + " exited; see " + state.resolve(service + ".log"));
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException(service + " not ready within " + READY_WITHIN + "; see "
                + state.resolve(service + ".log"));
    }

    /**
     * Kills every service at once. At the end of a test JVM they hold nothing worth a polite stop,
     * and a polite stop waits on the Kafka broker that the JVM's other shutdown hook is stopping at
     * the same moment: up to 11 s a service, one after the other, on the slower test lane.
     */
    @Override
    public synchronized void close() {
        processes.values().forEach(Process::destroyForcibly);
        List.copyOf(processes.keySet()).forEach(this::kill);
        ports.keySet().forEach(name -> Processes.stop(state.resolve(name + ".pid"), 1));
    }

    /** Where {@code service} answers health and metrics (its management interface). */
    public URI managementUrl(String service) {
        port(service);
        return URI.create("http://127.0.0.1:" + managementPorts.get(service));
    }

    private int port(String service) {
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalArgumentException("no service " + service + " in this set: " + ports.keySet());
        }
        return port;
    }

    /**
     * {@code count} different free ports. The sockets stay open until all are taken: a port closed
     * at once may be handed out again by the next call, and two services (or a service's two
     * interfaces) would then share it, one of them answering the other's health check.
     */
    private static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // the port is released with the socket either way
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
