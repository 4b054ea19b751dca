package eu.twinninghub.messaging.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.need.NeedUpdated;
import eu.twinninghub.messaging.fixture.AppliedUpdate;
import eu.twinninghub.messaging.fixture.NeedUpdates;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TestPostgres;
import eu.twinninghub.testing.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL cut off while events arrive (its connections ended, new ones refused, as in a restart
 * or a fail-over): the consumers wait for it and apply the events once it is back, instead of
 * sending them to the dead-letter topic.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class DatabaseOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String DATABASE = "twinning";

    private final EventCodec codec = new EventCodec();

    @Inject
    NeedUpdates updates;

    @Inject
    InboundBatches batches;

    @Inject
    MeterRegistry metrics;

    @Test
    void anEventConsumedWhileTheDatabaseIsDownIsAppliedWhenItIsBack() {
        UUID need = UUID.randomUUID();
        Event<NeedUpdated> event = updates.event(need, 1);
        double waitsBefore = waits();

        try (TestPostgres.Outage outage = TestPostgres.shared().outage(DATABASE)) {
            TopicReader.write(TestKafka.shared().bootstrapServers(), codec.toRecord(event));
            await().atMost(PATIENCE).until(() -> waits() > waitsBefore);
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(Map.of(need, List.of(1L)), applied(need)));
        assertEquals(List.of(), deadLettered(need, Duration.ofSeconds(3)));
    }

    @Test
    void aPollAppliedWhileTheDatabaseIsDownIsAppliedWhenItIsBack() {
        UUID need = UUID.randomUUID();
        Event<NeedUpdated> first = updates.event(need, 1);
        Event<NeedUpdated> second = updates.event(need, 2);
        double waitsBefore = waits();

        CompletableFuture<Void> poll;
        try (TestPostgres.Outage outage = TestPostgres.shared().outage(DATABASE)) {
            poll = CompletableFuture.runAsync(() -> batches.apply("outage-test", List.of(record(first), record(second)),
                    DatabaseOutageTest::applyAll));
            await().atMost(PATIENCE).until(() -> waits() > waitsBefore);
        }
        poll.join();

        assertEquals(Map.of(need, List.of(1L, 2L)), applied(need));
        assertEquals(List.of(), deadLettered(need, Duration.ofSeconds(3)));
    }

    @Test
    void aPollThatOutlastsThePatienceIsDeadLetteredWithTheReasonAndAppliedWhenReplayed() throws Exception {
        UUID need = UUID.randomUUID();
        Event<NeedUpdated> event = updates.event(need, 1);
        Instant outageStarts = Instant.now().minusSeconds(1);
        String kafka = TestKafka.shared().bootstrapServers();

        try (TestPostgres.Outage outage = TestPostgres.shared().outage(DATABASE)) {
            batches.apply("outage-test", List.of(record(event)), DatabaseOutageTest::applyAll);
        }

        List<ConsumerRecord<String, byte[]>> dead = deadLettered(need, PATIENCE);
        assertEquals(1, dead.size());
        assertEquals("outage-test: the database did not answer for PT6S", header(dead.getFirst(), "dead-letter-reason"));
        assertEquals(Map.of(), applied(need));

        DeadLetterReplay.Request replay = new DeadLetterReplay.Request(kafka, Topics.NEEDS, outageStarts,
                "did not answer", true);
        assertEquals(1, DeadLetterReplay.replay(replay, line -> { }).replayed(), "a dry run lists the dead letter");
        assertEquals(Map.of(), applied(need), "and replays nothing");
        DeadLetterReplay.replay(new DeadLetterReplay.Request(kafka, Topics.NEEDS, outageStarts, "did not answer",
                false), line -> { });

        // The test application's consumer of twinning.needs applies the event put back on the topic.
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(Map.of(need, List.of(1L)), applied(need)));
        ConsumerRecord<String, byte[]> replayed = TopicReader.read(kafka, Topics.NEEDS,
                record -> need.toString().equals(record.key()), 1, PATIENCE).getFirst();
        assertEquals(event.id(), codec.fromRecord(replayed).id());
        assertNull(replayed.headers().lastHeader("dead-letter-reason"), "the dead-letter headers stay behind");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private double waits() {
        return metrics.counter("twinning.inbox.database.waits").count();
    }

    private static void applyAll(List<Event<?>> events) {
        for (Event<?> event : events) {
            AppliedUpdate applied = new AppliedUpdate();
            applied.needId = ((NeedUpdated) event.data()).needId();
            applied.version = ((NeedUpdated) event.data()).version();
            applied.persist();
        }
    }

    private ConsumerRecord<String, byte[]> record(Event<?> event) {
        ProducerRecord<String, byte[]> sent = codec.toRecord(event);
        return new ConsumerRecord<>(sent.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, -1, sent.value().length,
                sent.key(), sent.value(), sent.headers(), Optional.empty());
    }

    /** The dead letters of {@code need}'s events (each test has a need of its own; the record key is its id). */
    private static List<ConsumerRecord<String, byte[]>> deadLettered(UUID need, Duration patience) {
        return TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.deadLetter(Topics.NEEDS),
                record -> need.toString().equals(record.key()), 1, patience);
    }

    private static Map<UUID, List<Long>> applied(UUID need) {
        return QuarkusTransaction.requiringNew().call(() -> AppliedUpdate.versionsByNeed(Set.of(need)));
    }
}
