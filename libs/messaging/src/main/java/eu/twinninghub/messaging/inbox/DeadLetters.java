package eu.twinninghub.messaging.inbox;

import eu.twinninghub.events.Topics;
import eu.twinninghub.messaging.config.KafkaConnection;
import eu.twinninghub.messaging.config.OutboxConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends a record a batch consumer cannot apply to {@code <topic>.dlq}, with the headers SmallRye's
 * own dead-letter strategy writes, so that one tool reads both. A batch consumer needs this: the
 * channel's strategy would send the whole poll to the dead-letter topic for one bad record.
 */
@ApplicationScoped
public class DeadLetters {

    private final OutboxConfig outbox;
    private final KafkaConnection connection;

    private KafkaProducer<byte[], byte[]> producer;

    public DeadLetters(OutboxConfig outbox, KafkaConnection connection) {
        this.outbox = outbox;
        this.connection = connection;
    }

    /** Returns once the broker has the record: the caller commits the offset after that. */
    public void send(ConsumerRecord<?, byte[]> record, Throwable reason) {
        ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(Topics.deadLetter(record.topic()), null,
                keyBytes(record.key()), record.value(), new RecordHeaders(record.headers().toArray()));
        Headers headers = dead.headers();
        put(headers, "dead-letter-reason", reason.getMessage() == null ? reason.toString() : reason.getMessage());
        if (reason.getCause() != null) {
            put(headers, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
        }
        put(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        put(headers, "dead-letter-topic", record.topic());
        put(headers, "dead-letter-partition", Integer.toString(record.partition()));
        put(headers, "dead-letter-offset", Long.toString(record.offset()));
        try {
            producer().send(dead).get(outbox.sendTimeoutMs(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter a record of " + record.topic(), e);
        }
    }

    private static byte[] keyBytes(Object key) {
        return switch (key) {
            case null -> null;
            case byte[] bytes -> bytes;
            default -> key.toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Opened on the first bad record: most services never need it. */
    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = new java.util.HashMap<>(connection.settings());
            config.putAll(Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.CLIENT_ID_CONFIG, "dead-letters",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, outbox.sendTimeoutMs()));
            producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    synchronized void close(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
