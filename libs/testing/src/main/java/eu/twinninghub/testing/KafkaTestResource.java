package eu.twinninghub.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the application's Kafka clients at the test JVM's in-process broker. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", TestKafka.shared().bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker outlives application restarts; it stops with the test JVM.
    }
}
