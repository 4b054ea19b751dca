package eu.twinninghub.needsoffers.web;

import static eu.twinninghub.needsoffers.web.Authorities.AACHEN;
import static eu.twinninghub.needsoffers.web.Authorities.VINNYTSIA;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.match.MatchParty;
import eu.twinninghub.events.partnership.PartnershipCancelled;
import eu.twinninghub.events.partnership.PartnershipEstablished;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partnership events from matching, through the real broker, move needs and offers. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "needs_offers"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PartnershipReactionTest {

    @BeforeEach
    void authoritiesAreKnown() {
        Authorities.announce();
    }

    static void await(String path, String field, Object value) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(path).then().statusCode(200).body(field, equalTo(value)));
    }

    @Test
    void aPartnershipMatchesTheNeedAndTakesTheOffersCapacityOnceEvenIfRedelivered() {
        String need = NeedResourceTest.published("vinnytsia-admin", NeedResourceTest.need(VINNYTSIA, "Heating", "HIGH"));
        String offer = OfferResourceTest.published("aachen-admin", OfferResourceTest.offer(AACHEN, "Heat networks", 1));
        UUID partnership = UUID.randomUUID();
        MatchParty needParty = new MatchParty(UUID.fromString(need), VINNYTSIA);
        List<MatchParty> offers = List.of(new MatchParty(UUID.fromString(offer), AACHEN));
        Event<PartnershipEstablished> established = Event.of("matching",
                new PartnershipEstablished(partnership, UUID.randomUUID(), needParty, offers, List.of("energy")),
                Clock.systemUTC());

        // a poison record first: it goes to the dead-letter topic and the good one behind it is still applied
        TopicReader.write(TestKafka.shared().bootstrapServers(),
                new ProducerRecord<>(Topics.MATCHES, partnership.toString(), "not an event".getBytes(StandardCharsets.UTF_8)));
        Authorities.publish(established);
        await("/api/v1/needs/" + need, "status", "MATCHED");
        await("/api/v1/offers/" + offer, "status", "FULL");
        given().get("/api/v1/needs/" + need).then().body("history[-1].changedBy", equalTo("matching"));

        Authorities.publish(established);
        Authorities.publish(new PartnershipCancelled(partnership, needParty, offers, "the mayor changed", List.of()));
        await("/api/v1/needs/" + need, "status", "OPEN");
        await("/api/v1/offers/" + offer, "status", "OPEN");
        given().get("/api/v1/offers/" + offer).then().body("capacityLeft", equalTo(1));

        var dead = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.deadLetter(Topics.MATCHES),
                r -> partnership.toString().equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, dead.size());
    }
}
