package eu.twinninghub.messaging.inbox;

import static org.awaitility.Awaitility.await;
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
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class InboundEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final EventCodec codec = new EventCodec();

    @Inject
    NeedUpdates updates;

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID need = UUID.randomUUID();
        Event<NeedUpdated> event = updates.event(need, 7);
        String kafka = TestKafka.shared().bootstrapServers();

        TopicReader.write(kafka, codec.toRecord(event));
        TopicReader.write(kafka, codec.toRecord(event));
        TopicReader.write(kafka, codec.toRecord(updates.event(need, 8)));

        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(Map.of(need, List.of(7L, 8L)), applied(need)));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndConsumptionGoesOn() {
        String kafka = TestKafka.shared().bootstrapServers();
        String poisonKey = "poison-" + UUID.randomUUID();
        UUID need = UUID.randomUUID();

        TopicReader.write(kafka, new ProducerRecord<>(Topics.NEEDS, poisonKey, "{not json".getBytes(StandardCharsets.UTF_8)));
        TopicReader.write(kafka, codec.toRecord(updates.event(need, 1)));

        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(Map.of(need, List.of(1L)), applied(need)));
        List<ConsumerRecord<String, byte[]>> dead = TopicReader.read(kafka, Topics.deadLetter(Topics.NEEDS),
                record -> poisonKey.equals(record.key()), 1, PATIENCE);
        assertEquals(1, dead.size());
        String reason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("not a CloudEvent"), reason);
        assertEquals("{not json", new String(dead.get(0).value(), StandardCharsets.UTF_8));
    }

    private static Map<UUID, List<Long>> applied(UUID need) {
        return QuarkusTransaction.requiringNew().call(() -> AppliedUpdate.versionsByNeed(Set.of(need)));
    }
}
