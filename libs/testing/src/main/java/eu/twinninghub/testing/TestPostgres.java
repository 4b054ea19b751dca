package eu.twinninghub.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server from the zonky binaries (linux-amd64 only). As root it runs through
 * {@code unshare -U}, since PostgreSQL refuses to run as root.
 */
public final class TestPostgres {

    private static final SharedInfrastructure<TestPostgres> SHARED = new SharedInfrastructure<>(
            () -> new TestPostgres(null, 0), TestPostgres::close);

    private final Path dataDir;
    private final boolean temporary;
    private EmbeddedPostgres server;

    /** A server on {@code port} (0: any free one) keeping its data in {@code dataDir} (null: a temporary folder). */
    public TestPostgres(Path dataDir, int port) {
        try {
            this.temporary = dataDir == null;
            this.dataDir = temporary ? Files.createTempDirectory("twinning-postgres") : dataDir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for PostgreSQL", e);
        }
        this.server = startServer(port);
    }

    private EmbeddedPostgres startServer(int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setDataDirectory(dataDir).setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
    }

    /** The server's data directory: what a physical backup copies and a restore replaces. */
    public Path dataDirectory() {
        return dataDir;
    }

    /**
     * Stops the server, runs {@code whileStopped} on its data directory (a restore, say), and starts it
     * again on the same port: clients see an outage, as during a restart of the database.
     */
    public synchronized void restart(Runnable whileStopped) {
        int port = server.getPort();
        stopServer();
        whileStopped.run();
        server = startServer(port);
    }

    public static TestPostgres shared() {
        return SHARED.get();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database;
    }

    public int port() {
        return server.getPort();
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    /** Creates {@code database} unless it exists, so that each service gets its own. */
    public void createDatabase(String database) {
        try (var connection = server.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    /**
     * Makes {@code database} unreachable until the answer is closed: its open connections are cut
     * and new ones refused, as during a restart or a fail-over of the server.
     */
    public Outage outage(String database) {
        String name = database.replace("\"", "");
        administer("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name.replace("'", "") + "'");
        return () -> administer("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS true");
    }

    /** The end of an outage: the database takes connections again. */
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    private void administer(String... statements) {
        try (var connection = server.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot administer the test database server", e);
        }
    }

    public synchronized void close() {
        stopServer();
        if (temporary) {
            deleteTree(dataDir);
        }
    }

    private void stopServer() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path tree) {
        try (var paths = Files.walk(tree)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
