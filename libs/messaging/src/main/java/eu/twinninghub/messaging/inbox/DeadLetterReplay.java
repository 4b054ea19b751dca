package eu.twinninghub.messaging.inbox;

import eu.twinninghub.events.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Puts dead letters back on the topic they came from, once their cause is mended (a database that
 * was out for longer than consumers wait, a bug fixed since): the dead letters of {@code topic}
 * written since a moment, optionally only those whose reason contains a text. Consumers are
 * idempotent, so a consumer that had applied the event skips it again, and replaying twice is
 * harmless. Nothing is kept between runs: {@code since} says where to start.
 *
 * <p>Run where the service's jars are, e.g. in a pod:
 * {@code java -cp '/deployments/lib/main/*' eu.twinninghub.messaging.inbox.DeadLetterReplay
 * --bootstrap-servers twinning-kafka-bootstrap:9093 --client-config /tmp/replay.properties
 * --topic twinning.authorities --since 2026-11-30T22:00:00Z [--reason 'did not answer'] [--dry-run]}.
 * In the cluster, {@code --client-config} holds the TLS and SCRAM settings of the
 * {@code dead-letter-replay} KafkaUser (as Kafka's own tools take them, docs/runbook.md#deadletters):
 * the services' users may not read dead letters nor write others' topics.
 */
public final class DeadLetterReplay {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final String DEAD_LETTER_HEADERS = "dead-letter-";
    private static final Set<String> OPTIONS = Set.of("bootstrap-servers", "client-config", "topic", "since", "reason",
            "dry-run");
    private static final String USAGE = "usage: --bootstrap-servers HOST:PORT [--client-config FILE] --topic TOPIC"
            + " --since 2026-11-30T22:00:00Z [--reason TEXT] [--dry-run]";

    /**
     * What to replay. {@code reason} null: every dead letter; {@code dryRun}: list them only;
     * {@code client}: further Kafka client settings (security.protocol, sasl.*, ssl.*).
     */
    public record Request(String bootstrapServers, String topic, Instant since, String reason, boolean dryRun,
                          Map<String, String> client) {

        public Request(String bootstrapServers, String topic, Instant since, String reason, boolean dryRun) {
            this(bootstrapServers, topic, since, reason, dryRun, Map.of());
        }
    }

    /** Dead letters read since {@code since}, and those replayed (or, in a dry run, that would be). */
    public record Outcome(int read, int replayed) {
    }

    private DeadLetterReplay() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Map<String, String> client = new HashMap<>();
        if (options.containsKey("client-config")) {
            Properties file = new Properties();
            try (var in = Files.newBufferedReader(Path.of(options.get("client-config")))) {
                file.load(in);
            }
            file.stringPropertyNames().forEach(name -> client.put(name, file.getProperty(name)));
        }
        Request request = new Request(required(options, "bootstrap-servers"), required(options, "topic"),
                Instant.parse(required(options, "since")), options.get("reason"), options.containsKey("dry-run"), client);
        Outcome outcome = replay(request, System.out::println);
        System.out.printf("%d dead letters of %s since %s, %d %s%n", outcome.read(), request.topic(), request.since(),
                outcome.replayed(), request.dryRun() ? "would be replayed" : "replayed");
    }

    /** Replays, and tells {@code report} about each dead letter replayed: its key, offset and reason. */
    public static Outcome replay(Request request, Consumer<String> report)
            throws ExecutionException, InterruptedException {
        String deadLetters = Topics.deadLetter(request.topic());
        Map<String, Object> consumerConfig = new HashMap<>(request.client());
        consumerConfig.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, request.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        Map<String, Object> producerConfig = new HashMap<>(request.client());
        producerConfig.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, request.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
        try (var consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             var producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters).stream()
                    .map(info -> new TopicPartition(deadLetters, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            seekTo(consumer, partitions, request.since());
            int read = 0;
            int replayed = 0;
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> dead : consumer.poll(POLL)) {
                    if (dead.offset() >= end.get(new TopicPartition(dead.topic(), dead.partition()))) {
                        continue;
                    }
                    read++;
                    String reason = header(dead, "dead-letter-reason");
                    if (request.reason() != null && (reason == null || !reason.contains(request.reason()))) {
                        continue;
                    }
                    report.accept(String.format("%s offset %d key %s: %s", deadLetters, dead.offset(),
                            dead.key() == null ? "-" : new String(dead.key(), StandardCharsets.UTF_8), reason));
                    replayed++;
                    if (!request.dryRun()) {
                        sent.add(producer.send(new ProducerRecord<>(origin(dead, request.topic()), null, dead.key(),
                                dead.value(), original(dead))));
                    }
                }
            }
            for (Future<RecordMetadata> ack : sent) {
                ack.get();
            }
            return new Outcome(read, replayed);
        }
    }

    private static void seekTo(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions, Instant since) {
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, since.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp first = offsets.get(partition);
            consumer.seek(partition, first == null ? end.get(partition) : first.offset());
        }
    }

    /** The topic the dead letter came from (SmallRye's header), or the one asked for. */
    private static String origin(ConsumerRecord<byte[], byte[]> dead, String topic) {
        String origin = header(dead, "dead-letter-topic");
        return origin != null ? origin : topic;
    }

    /** The record's own headers (its CloudEvent attributes), without those the dead-lettering added. */
    private static RecordHeaders original(ConsumerRecord<byte[], byte[]> dead) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : dead.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                headers.add(header);
            }
        }
        return headers;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Refuses what it does not know: a mistyped {@code --dry-run} must not replay for real. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
            }
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "" : args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required; " + USAGE);
        }
        return value;
    }
}
