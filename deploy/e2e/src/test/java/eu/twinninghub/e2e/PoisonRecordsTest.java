package eu.twinninghub.e2e;

import static eu.twinninghub.e2e.E2ePlatform.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.twinninghub.events.Topics;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * A record nobody can read, on every topic: each service that consumes the topic sets it aside on
 * the topic's dead-letter topic, once, and goes on with what comes after it.
 */
class PoisonRecordsTest {

    private static final UUID VINNYTSIA = UUID.fromString("c69235b9-4730-305d-8fee-c51897a80b07");
    /** How many services consume each topic (see each service's README). */
    private static final Map<String, Integer> CONSUMERS = Map.of(
            Topics.AUTHORITIES, 3, Topics.NEEDS, 2, Topics.OFFERS, 2, Topics.MATCHES, 3);

    private final E2ePlatform platform = E2ePlatform.get();

    @Test
    void everyConsumerDeadLettersAPoisonRecordAndGoesOn() {
        String kafka = TestKafka.shared().bootstrapServers();
        String key = "poison-" + UUID.randomUUID();
        CONSUMERS.keySet().forEach(topic -> TopicReader.write(kafka,
                new ProducerRecord<>(topic, key, "{not a cloud event".getBytes(StandardCharsets.UTF_8))));

        // What comes after the poison still flows: a need published now reaches matching.
        String need = as("vinnytsia-admin").body("""
                {"authorityId":"%s","title":{"uk":"Після отрути","en":"After the poison"},"sector":"energy",
                 "supportModes":["technical-assistance"],"urgency":"LOW","languages":["uk"]}""".formatted(VINNYTSIA))
                .post("/api/v1/needs").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> as("vinnytsia-admin").body(Map.of("status", "OPEN"))
                .post("/api/v1/needs/" + need + "/status").statusCode() == 200);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                as("vinnytsia-admin").get("/api/v1/matching/needs/" + need + "/candidates").statusCode() == 200);

        CONSUMERS.forEach((topic, consumers) -> {
            var dead = TopicReader.read(kafka, Topics.deadLetter(topic), record -> key.equals(record.key()), consumers,
                    Duration.ofSeconds(60));
            assertEquals(consumers, dead.size(), topic + ": one dead letter per consuming service");
        });
    }
}
