package eu.twinninghub.messaging.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.events.Topics;
import eu.twinninghub.messaging.fixture.AppliedUpdate;
import eu.twinninghub.messaging.fixture.CrashingPublisher;
import eu.twinninghub.messaging.fixture.NeedUpdates;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class OutboxRelayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    MeterRegistry meters;

    @Inject
    OutboxRelay relay;

    @Inject
    NeedUpdates updates;

    @Inject
    jakarta.persistence.EntityManager em;

    @AfterEach
    void relayRunsAgain() {
        relay.start();
    }

    @Test
    void aRelayKilledInTheMiddleOfABatchLosesNothingAndItsRepeatsHaveNoEffect() {
        relay.stop();
        List<UUID> needs = updates.write(10, 30);
        CrashingPublisher.crashAfter(30);

        relay.start();

        Set<UUID> ids = new HashSet<>(needs);
        awaitAppliedInOrder(ids, 30);
        assertEquals(0, pending(), "every outbox row is marked sent");
        Set<String> keys = needs.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
        int published = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.NEEDS,
                record -> keys.contains(record.key()), 300, PATIENCE).size();
        assertTrue(published > 300, "the crash re-published part of the batch (" + published
                + " records), yet each update was applied once");
    }

    @Test
    void eventsAddedInBulkArePublishedOnceEachInTheirOrder() {
        relay.stop();
        Set<UUID> ids = new HashSet<>(updates.writeInBulk(7, 150));
        assertEquals(1050, pending());

        relay.start();

        awaitAppliedInOrder(ids, 150);
        assertEquals(0, pending(), "every outbox row is marked sent");
    }

    @Test
    void aStoppedRelayPublishesNothingAndCatchesUpWhenRestarted() throws Exception {
        relay.stop();
        Set<UUID> ids = new HashSet<>(updates.write(4, 5));
        Thread.sleep(1_000);
        assertEquals(0, AppliedUpdate.versionsByNeed(ids).size(), "nothing left the outbox while stopped");
        assertEquals(20, pending());

        relay.start();

        awaitAppliedInOrder(ids, 5);
        // What the OutboxStuck alert reads: how long the oldest unpublished event has waited.
        await().atMost(Duration.ofSeconds(10)).until(() ->
                meters.get("twinning.outbox.oldest.age.seconds").gauge().value() == 0.0);
    }

    /**
     * Concurrent claims with SKIP LOCKED interleave: a relay can hold an aggregate's first and third
     * event while another replica holds the second. It must publish the first only.
     */
    @Test
    void aRelayNeverJumpsOverAnEventAnotherReplicaHolds() throws Exception {
        relay.stop();
        String need = updates.write(1, 3).get(0).toString();
        List<Long> seqs = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "aggregateId = ?1 order by seq", need).stream().map(e -> e.seq).toList());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = otherReplica.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("SELECT seq FROM outbox_event WHERE seq = :seq FOR UPDATE")
                        .setParameter("seq", seqs.get(1)).getResultList();
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(held.await(10, TimeUnit.SECONDS));
            assertEquals(1, relay.relayBatch(), "only the first event: the third waits behind the held second");
            release.countDown();
            holding.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            otherReplica.shutdownNow();
        }
        List<Long> unsent = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "aggregateId = ?1 and sentAt is null order by seq", need).stream().map(e -> e.seq).toList());
        assertEquals(seqs.subList(1, 3), unsent);
    }

    @Test
    void concurrentRelaysShareTheWorkAndKeepEachAggregatesOrder() throws Exception {
        relay.stop();
        Set<UUID> ids = new HashSet<>(updates.write(12, 25));
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = replicas.invokeAll(java.util.Collections.nCopies(4, () -> {
                int sent = 0;
                while (pending() > 0) {
                    sent += relay.relayBatch();
                }
                return sent;
            }));
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertEquals(300, total, "each row was sent by exactly one replica");
        } finally {
            replicas.shutdownNow();
        }
        awaitAppliedInOrder(ids, 25);
    }

    private void awaitAppliedInOrder(Set<UUID> needs, int versions) {
        List<Long> expected = LongStream.rangeClosed(1, versions).boxed().toList();
        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<UUID, List<Long>> applied = QuarkusTransaction.requiringNew()
                    .call(() -> AppliedUpdate.versionsByNeed(needs));
            assertEquals(needs.size(), applied.size());
            applied.forEach((need, seen) -> assertEquals(expected, seen, "updates of " + need));
        });
    }

    private long pending() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("sentAt is null"));
    }
}
