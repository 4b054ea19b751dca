package eu.twinninghub.messaging.outbox;

import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.EventType;
import eu.twinninghub.messaging.config.KafkaConnection;
import eu.twinninghub.messaging.config.OutboxConfig;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes outbox rows as CloudEvents (binary mode) with an idempotent producer: acks from every
 * in-sync replica, and no reordering or duplication by the producer's own retries, so that one
 * aggregate's events reach its partition in commit order.
 */
@ApplicationScoped
public class KafkaOutboxPublisher implements OutboxPublisher {

    private final EventCodec codec = new EventCodec();

    private final OutboxConfig outbox;
    private final KafkaConnection connection;

    private KafkaProducer<String, byte[]> producer;

    public KafkaOutboxPublisher(OutboxConfig outbox, KafkaConnection connection) {
        this.outbox = outbox;
        this.connection = connection;
    }

    @PostConstruct
    void open() {
        Map<String, Object> config = new HashMap<>(connection.settings());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(outbox.sendTimeoutMs(), 10_000));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(outbox.sendTimeoutMs(), 11_000));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, outbox.sendTimeoutMs());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    void close(@Observes ShutdownEvent shutdown) {
        producer.close(java.time.Duration.ofSeconds(5));
    }

    @Override
    public CompletableFuture<Void> publish(OutboxEvent event) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        producer.send(codec.toRecord(event.topic, event.aggregateId, toCloudEvent(event)), (metadata, error) -> {
            if (error == null) {
                acked.complete(null);
            } else {
                acked.completeExceptionally(error);
            }
        });
        return acked;
    }

    private static CloudEvent toCloudEvent(OutboxEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId.toString())
                .withType(event.eventType)
                .withSource(URI.create(event.source))
                .withSubject(event.aggregateId)
                .withTime(event.occurredAt.atOffset(ZoneOffset.UTC))
                .withDataContentType(EventCodec.CONTENT_TYPE)
                .withData(event.payload.getBytes(StandardCharsets.UTF_8));
        EventType.ofType(event.eventType).map(EventType::dataSchema).ifPresent(builder::withDataSchema);
        return builder.build();
    }
}
