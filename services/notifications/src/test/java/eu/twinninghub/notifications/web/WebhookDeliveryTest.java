package eu.twinninghub.notifications.web;

import static eu.twinninghub.notifications.web.Feed.AACHEN;
import static eu.twinninghub.notifications.web.Feed.VINNYTSIA;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.events.LocalizedText;
import eu.twinninghub.events.fixture.EventFixtures;
import eu.twinninghub.events.match.MatchParty;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.events.partnership.PartnershipEstablished;
import eu.twinninghub.notifications.webhook.ScriptedNames;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.MongoTestResource;
import eu.twinninghub.testing.WebhookReceiver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks as a partner network and an attacker would try them: one stalled receiver, a rotated
 * secret, an edited URL, a name that rebinds to a private address, a port that does not answer.
 */
@QuarkusTest
@WithTestResource(MongoTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class WebhookDeliveryTest {

    @Inject
    MeterRegistry meters;

    private static final String ESTABLISHED = "eu.twinninghub.partnership.established.v1";

    private final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void authoritiesAreKnown() {
        Feed.authorities();
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(id -> as("auc-coordinator").delete("/api/v1/webhooks/" + id).then().statusCode(204));
    }

    /** Subscribes the AUC network (Vinnytsia is a member) and answers the created webhook's secret. */
    private String subscribe(String url, WebhookReceiver receiver) {
        return subscribe(url, receiver, ESTABLISHED);
    }

    private String subscribe(String url, WebhookReceiver receiver, String eventType) {
        var created = as("auc-coordinator").body(Map.of("url", url, "eventTypes", List.of(eventType)))
                .post("/api/v1/webhooks").then().statusCode(201).extract();
        subscriptions.add(created.path("id"));
        if (receiver != null) {
            receiver.secret(created.path("secret"));
        }
        return created.path("id");
    }

    private static String partnershipEstablished() {
        UUID need = Feed.need("energy", "Котельня", "Boiler house");
        UUID offer = Feed.offer("energy", "Heating engineers");
        return Feed.publish(new PartnershipEstablished(UUID.randomUUID(), UUID.randomUUID(),
                new MatchParty(need, VINNYTSIA), List.of(new MatchParty(offer, AACHEN)), List.of("energy")))
                .id().toString();
    }

    private static io.restassured.response.ValidatableResponse deliveries(String webhook) {
        return as("auc-coordinator").get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200);
    }

    @Test
    void aStalledReceiverHoldsUpOnlyItsOwnDeliveries() throws Exception {
        try (WebhookReceiver stalled = new WebhookReceiver(0); WebhookReceiver prompt = new WebhookReceiver(0)) {
            stalled.hold(Duration.ofSeconds(30));
            String held = subscribe(stalled.url(), stalled);
            subscribe(prompt.url(), prompt);
            for (int i = 0; i < 6; i++) {
                partnershipEstablished();
            }
            // One after the other, each held delivery would cost the 3 s answer timeout first: 18 s and more.
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> prompt.accepted().size() == 6);
            // The webhook SLO counts how deliveries end (k8s/base/monitoring/alerts.yaml).
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> meters.find("twinning.webhook.deliveries")
                    .tags("status", "DELIVERED", "outcome", "DELIVERED").counters().stream()
                    .mapToDouble(Counter::count).sum() >= 6);
            assertEquals(0, stalled.accepted().size(), "the stalled receiver has answered nothing yet");
            assertTrue(stalled.requests() > 0, "the stalled receiver was tried");
            Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> deliveries(held)
                    .body("lastOutcome", hasItem("TIMEOUT")));
        }
    }

    /**
     * A partner whose webhook still asks for need.published.v1 gets every need that version can carry,
     * under that type; a need written in German only, which v1 cannot carry, goes to v2 webhooks alone.
     */
    @Test
    void aWebhookOnTheFirstVersionOfAnEventGetsWhatThatVersionCanCarry() throws Exception {
        try (WebhookReceiver first = new WebhookReceiver(0); WebhookReceiver second = new WebhookReceiver(0)) {
            String v1 = subscribe(first.url(), first, "eu.twinninghub.need.published.v1");
            subscribe(second.url(), second, "eu.twinninghub.need.published.v2");
            UUID bilingual = Feed.need("energy", "Котельня лікарні", "Hospital boiler house");
            UUID german = UUID.randomUUID();
            Feed.publish(new NeedPublished(german, VINNYTSIA, 1, EventFixtures.need("energy",
                    new LocalizedText(null, null, "Heizhaus des Krankenhauses", null, "de")).languages("de").build()));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> second.accepted().size() == 2);
            assertTrue(second.accepted().stream().allMatch(body -> body.contains("\"eu.twinninghub.need.published.v2\"")));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> first.accepted().size() == 1);
            String delivered = first.accepted().get(0);
            assertTrue(delivered.contains("\"eu.twinninghub.need.published.v1\"") && delivered.contains(bilingual.toString())
                    && delivered.contains("eu.twinninghub.need.published.v1.json"), delivered);
            deliveries(v1).body("size()", equalTo(1)).body("eventType", everyItem(equalTo("eu.twinninghub.need.published.v1")));
        }
    }

    @Test
    void aRotatedSecretSignsBesideThePreviousOneUntilItRetires() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String webhook = subscribe(receiver.url(), receiver);
            as("auc-coordinator").get("/api/v1/webhooks").then().statusCode(200)
                    .body("find { it.id == '" + webhook + "' }.secret", nullValue())
                    .body("find { it.id == '" + webhook + "' }.previousSecretRetiresAt", nullValue());
            String first = receiver.secretsInUse().get(0);
            Instant before = Instant.now();
            var rotated = as("auc-coordinator").post("/api/v1/webhooks/" + webhook + "/secret").then().statusCode(200)
                    .body("secret", notNullValue()).body("previousSecretRetiresAt", notNullValue()).extract();
            String second = rotated.path("secret");
            assertNotEquals(first, second);
            Instant retires = Instant.parse(rotated.path("previousSecretRetiresAt"));
            assertTrue(!retires.isBefore(before.plus(Duration.ofHours(24))) && retires.isBefore(Instant.now()
                    .plus(Duration.ofHours(24)).plusSeconds(5)), "the previous secret retires in 24 h: " + retires);

            receiver.secrets(second, first);
            partnershipEstablished();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 1);
            assertEquals(0, receiver.badSignatures(), "both the new and the previous secret verify the delivery");
            as("auc-coordinator").get("/api/v1/webhooks").then().statusCode(200)
                    .body("find { it.id == '" + webhook + "' }.previousSecretRetiresAt", notNullValue());
            problem(as("platform-admin").post("/api/v1/webhooks/" + webhook + "/secret").then(), 403, "forbidden");
        }
    }

    @Test
    void editingAWebhookChecksItsUrlAgain() throws Exception {
        try (WebhookReceiver old = new WebhookReceiver(0); WebhookReceiver moved = new WebhookReceiver(0)) {
            String webhook = subscribe(old.url(), old);
            moved.secrets(old.secretsInUse().toArray(String[]::new));
            for (String url : List.of("http://10.1.2.3/hook", "http://[::ffff:192.168.0.10]/hook",
                    "http://[fd00::5]/hook", "http://100.64.0.9/hook", "http://172.20.0.2:8084/q/metrics")) {
                problem(as("auc-coordinator").body(Map.of("url", url, "eventTypes", List.of(ESTABLISHED)))
                        .put("/api/v1/webhooks/" + webhook).then(), 400, "validation")
                        .body("violations[0].field", equalTo("url"));
            }
            as("auc-coordinator").body(Map.of("url", moved.url(), "eventTypes", List.of(ESTABLISHED)))
                    .put("/api/v1/webhooks/" + webhook).then().statusCode(200)
                    .body("url", equalTo(moved.url())).body("secret", nullValue());
            problem(as("auc-coordinator").body(Map.of("url", moved.url(), "eventTypes", List.of(ESTABLISHED)))
                    .put("/api/v1/webhooks/" + UUID.randomUUID()).then(), 404, "not-found");

            partnershipEstablished();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> moved.accepted().size() == 1);
            assertEquals(0, old.requests(), "nothing goes to the old URL");
        }
    }

    @Test
    void aNameIsCheckedOnceAndConnectedToAsCheckedSoARebindingGainsNothing() throws Exception {
        try (WebhookReceiver pinned = new WebhookReceiver(0); WebhookReceiver target = new WebhookReceiver(0)) {
            // No name service knows these names: only the address checked can have been connected to.
            ScriptedNames.script("pinned.partner.test", "127.0.0.1");
            String port = pinned.url().replaceAll(".*:(\\d+)/hook", "$1");
            subscribe("http://pinned.partner.test:" + port + "/hook", pinned);

            ScriptedNames.script("rebinding.partner.test", "127.0.0.1", "10.9.8.7");
            String targetPort = target.url().replaceAll(".*:(\\d+)/hook", "$1");
            String rebinding = subscribe("http://rebinding.partner.test:" + targetPort + "/hook", target);

            partnershipEstablished();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pinned.accepted().size() == 1);
            assertEquals(List.of("pinned.partner.test:" + port), pinned.hosts(), "the URL's host is kept in the request");
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> deliveries(rebinding)
                    .body("lastOutcome", everyItem(equalTo("REFUSED"))).body("lastOutcome", hasItem("REFUSED")));
            assertEquals(0, target.requests(), "the rebound name was never connected to");
        }
    }

    @Test
    void aPortThatDoesNotAnswerReadsAsUnreachableAndNothingMore() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String webhook = subscribe("http://127.0.0.1:" + closed + "/hook", null);
        partnershipEstablished();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> deliveries(webhook)
                .body("[0].status", equalTo("DEAD")).body("[0].lastOutcome", equalTo("UNREACHABLE"))
                .body("[0].lastStatus", nullValue()));
        String answer = deliveries(webhook).extract().asString();
        assertTrue(!answer.contains("Connection") && !answer.contains("refused:") && !answer.contains("Exception"),
                "no socket error text: " + answer);
    }
}
