package eu.twinninghub.messaging.config;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * How the Kafka clients a service opens itself (the outbox relay, the dead letters) reach the broker:
 * its address and, in the cluster, TLS and the service's SCRAM credentials, taken from the same
 * {@code kafka.*} settings as the channels', so that no client connects differently from the others.
 */
@ApplicationScoped
public class KafkaConnection {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    /** Injected so that Quarkus registers the mapping, and checks it when the service starts. */
    @Inject
    KafkaCredentialsConfig credentials;

    /** {@code bootstrap.servers}, {@code security.protocol}, {@code sasl.*} and {@code ssl.*}, where set. */
    public Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        broker.forEach((name, value) -> {
            boolean connection = name.equals("bootstrap.servers") || name.equals("security.protocol")
                    || name.startsWith("sasl.") || name.startsWith("ssl.");
            if (connection && value != null && !value.toString().isEmpty()) {
                settings.put(name, value);
            }
        });
        return settings;
    }
}
