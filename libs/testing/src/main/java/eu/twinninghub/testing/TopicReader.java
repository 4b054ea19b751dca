package eu.twinninghub.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads a topic from the earliest offset, every partition assigned, so that a test sees every
 * record ever written, whenever it attaches; and writes raw records, poison included.
 */
public final class TopicReader {

    private static final Map<String, KafkaProducer<String, byte[]>> PRODUCERS = new ConcurrentHashMap<>();

    private TopicReader() {
    }

    /** Reads until {@code expected} matching records were seen or {@code timeout} passed; answers all matching ones seen. */
    public static List<ConsumerRecord<String, byte[]>> read(String bootstrapServers, String topic,
                                                            Predicate<ConsumerRecord<String, byte[]>> matching,
                                                            int expected, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            // Partitions are assigned, not subscribed to: no group to join, and a topic that the first
            // event is still creating is waited for instead of missed until the next metadata refresh.
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    partitions = consumer.partitionsFor(topic, Duration.ofSeconds(2)).stream()
                            .map(info -> new TopicPartition(topic, info.partition())).toList();
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    partitions = List.of();
                }
                if (partitions.isEmpty()) {
                    sleep(100);
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (matching.test(record)) {
                        seen.add(record);
                    }
                }
                if (seen.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    // Keep reading a little longer: a test that counts must see duplicates too.
                    quietUntil = System.currentTimeMillis() + 1_000;
                }
            }
        }
        return seen;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes one raw record and waits for the broker's acknowledgement. */
    public static void write(String bootstrapServers, ProducerRecord<String, byte[]> record) {
        try {
            producer(bootstrapServers).send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + record.topic(), e);
        }
    }

    /**
     * One producer per broker for the test JVM: tests write their events one at a time, and a producer
     * of its own for each cost a connection, a metadata round trip and a close every time.
     */
    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return PRODUCERS.computeIfAbsent(bootstrapServers, servers -> {
            KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> producer.close(Duration.ZERO), "close-test-producer"));
            return producer;
        });
    }
}
