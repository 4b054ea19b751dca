package eu.twinninghub.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the application's MongoDB client at the test JVM's MongoDB-protocol server. */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mongodb.connection-string", TestMongo.shared().connectionString());
    }

    @Override
    public void stop() {
        // The server outlives application restarts; it stops with the test JVM.
    }
}
