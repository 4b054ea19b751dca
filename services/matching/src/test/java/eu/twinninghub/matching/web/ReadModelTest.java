package eu.twinninghub.matching.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.LocalizedText;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.fixture.EventFixtures;
import eu.twinninghub.events.need.NeedDetails;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.events.need.NeedUpdated;
import eu.twinninghub.events.need.NeedWithdrawn;
import eu.twinninghub.matching.events.OpenNeed;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The read model from real events: once per event, never older over newer, poison to the dead-letter topic. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ReadModelTest {

    @Inject
    EntityManager em;

    private static NeedDetails details(String title) {
        return EventFixtures.need("energy", new LocalizedText(title, null)).urgency("LOW").languages("uk").build();
    }

    private static OpenNeed await(UUID id, java.util.function.Predicate<OpenNeed> state) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> OpenNeed.<OpenNeed>findById(id)),
                n -> n != null && state.test(n));
    }

    @Test
    void eventsApplyOnceInVersionOrderAndPoisonGoesToTheDeadLetterTopic() {
        UUID id = UUID.randomUUID();
        UUID hromada = UUID.randomUUID();
        TopicReader.write(TestKafka.shared().bootstrapServers(), new ProducerRecord<>(Topics.NEEDS, id.toString(),
                "{not a cloud event".getBytes(StandardCharsets.UTF_8)));
        Event<NeedPublished> published = Event.of("needs-offers", new NeedPublished(id, hromada, 1,
                details("Генератори для котельні")), Clock.systemUTC());
        Feed.publish(published);
        Feed.publish(new NeedUpdated(id, hromada, 3, details("Генератори і трансформатори")));
        await(id, n -> n.version == 3);
        Feed.publish(new NeedUpdated(id, hromada, 2, details("an older edit")));
        Feed.publish(published);
        Feed.publish(new NeedWithdrawn(id, hromada, "found a partner elsewhere"));
        OpenNeed withdrawn = await(id, n -> !n.open);
        assertEquals(3, withdrawn.version, "an older version arriving late changed nothing");
        assertFalse(withdrawn.text.contains("older"));
        long processed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = :id").setParameter("id", published.id())
                .getSingleResult()).longValue());
        assertEquals(1, processed, "the redelivered publication was applied once");
        var dead = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.deadLetter(Topics.NEEDS),
                r -> r.key().equals(id.toString()), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size());
    }
}
