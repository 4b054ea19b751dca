package eu.twinninghub.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives the application a database of its own on the test JVM's PostgreSQL server. The database
 * name is the init argument {@code database} (default {@code twinning}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "twinning";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestPostgres postgres = TestPostgres.shared();
        postgres.createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        // The server outlives application restarts; it stops with the test JVM.
    }
}
