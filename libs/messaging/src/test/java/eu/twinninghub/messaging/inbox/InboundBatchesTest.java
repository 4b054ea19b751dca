package eu.twinninghub.messaging.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.need.NeedUpdated;
import eu.twinninghub.messaging.fixture.AppliedUpdate;
import eu.twinninghub.messaging.fixture.NeedUpdates;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** A poll handed to {@link InboundBatches} as a batch channel hands it over, against a real database and broker. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class InboundBatchesTest {

    private static final String CONSUMER = "batch-test";

    private final EventCodec codec = new EventCodec();
    private final AtomicInteger offsets = new AtomicInteger();

    @Inject
    InboundBatches batches;

    @Inject
    NeedUpdates updates;

    @Test
    void eachEventOfAPollIsAppliedOnceInOrderAlsoWhenRedelivered() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        ConsumerRecord<String, byte[]> a = record(updates.event(first, 1));
        ConsumerRecord<String, byte[]> b = record(updates.event(second, 1));
        ConsumerRecord<String, byte[]> c = record(updates.event(first, 2));

        batches.apply(CONSUMER, List.of(a, b, a, c), this::record);
        batches.apply(CONSUMER, List.of(c, b), this::record);

        assertEquals(Map.of(first, List.of(1L, 2L), second, List.of(1L)), applied(first, second));
    }

    @Test
    void anUnreadableRecordAndAnEventThatCannotBeAppliedGoToTheDeadLetterTopicAloneAndTheRestIsApplied() {
        UUID fine = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        String poisonKey = "poison-" + UUID.randomUUID();
        ConsumerRecord<String, byte[]> poison = new ConsumerRecord<>(Topics.NEEDS, 0, offsets.incrementAndGet(),
                poisonKey, "{not json".getBytes(StandardCharsets.UTF_8));

        batches.apply(CONSUMER, List.of(record(updates.event(fine, 1)), poison, record(updates.event(refused, -1)),
                record(updates.event(fine, 2))), this::record);

        assertEquals(Map.of(fine, List.of(1L, 2L)), applied(fine, refused));
        String kafka = TestKafka.shared().bootstrapServers();
        Duration patience = Duration.ofSeconds(30);
        ConsumerRecord<String, byte[]> deadPoison = TopicReader.read(kafka, Topics.deadLetter(Topics.NEEDS),
                record -> poisonKey.equals(record.key()), 1, patience).getFirst();
        assertTrue(header(deadPoison, "dead-letter-reason").contains("not a CloudEvent"));
        assertEquals("{not json", new String(deadPoison.value(), StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> deadEvent = TopicReader.read(kafka, Topics.deadLetter(Topics.NEEDS),
                record -> refused.toString().equals(record.key()), 1, patience).getFirst();
        assertTrue(header(deadEvent, "dead-letter-reason").contains("version -1"), header(deadEvent, "dead-letter-reason"));
        assertEquals(Topics.NEEDS, header(deadEvent, "dead-letter-topic"));
        assertEquals(refused, codec.fromRecord(deadEvent).data() instanceof NeedUpdated update ? update.needId() : null);

        batches.apply(CONSUMER, List.of(record(updates.event(refused, 3))), this::record);
        assertEquals(Map.of(fine, List.of(1L, 2L), refused, List.of(3L)), applied(fine, refused));
    }

    /** The effect of a test consumer: a negative version is an event it cannot apply. */
    private void record(List<Event<?>> events) {
        for (Event<?> event : events) {
            NeedUpdated update = (NeedUpdated) event.data();
            if (update.version() < 0) {
                throw new IllegalArgumentException("version " + update.version() + " cannot be applied");
            }
            AppliedUpdate applied = new AppliedUpdate();
            applied.needId = update.needId();
            applied.version = update.version();
            applied.persist();
        }
    }

    private ConsumerRecord<String, byte[]> record(Event<?> event) {
        ProducerRecord<String, byte[]> sent = codec.toRecord(event);
        return new ConsumerRecord<>(sent.topic(), 0, offsets.incrementAndGet(), 0L, TimestampType.CREATE_TIME,
                -1, sent.value().length, sent.key(), sent.value(), sent.headers(), Optional.empty());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static Map<UUID, List<Long>> applied(UUID... needs) {
        return QuarkusTransaction.requiringNew().call(() -> AppliedUpdate.versionsByNeed(Set.of(needs)));
    }
}
