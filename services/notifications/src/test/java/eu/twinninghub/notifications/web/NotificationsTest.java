package eu.twinninghub.notifications.web;

import static eu.twinninghub.notifications.web.Feed.AACHEN;
import static eu.twinninghub.notifications.web.Feed.AUC;
import static eu.twinninghub.notifications.web.Feed.VINNYTSIA;
import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.claim.ClaimDecided;
import eu.twinninghub.events.conversation.ConversationClosed;
import eu.twinninghub.events.conversation.ConversationWritten;
import eu.twinninghub.events.conversation.ConversationOpened;
import eu.twinninghub.events.match.MatchParty;
import eu.twinninghub.events.match.MatchProposed;
import eu.twinninghub.events.match.MatchReason;
import eu.twinninghub.events.match.OfferReasons;
import eu.twinninghub.events.partnership.PartnershipCancelled;
import eu.twinninghub.events.partnership.PartnershipEstablished;
import eu.twinninghub.notifications.digest.DigestItem;
import eu.twinninghub.notifications.digest.NeedsDigest;
import eu.twinninghub.notifications.inbox.Notification;
import eu.twinninghub.notifications.webhook.Delivery;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.MongoTestResource;
import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.WebhookReceiver;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who hears of what, in which language, once; and who may read an inbox. */
@QuarkusTest
@WithTestResource(MongoTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class NotificationsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Inject
    MockMailbox mailbox;

    @Inject
    NeedsDigest digest;

    @BeforeEach
    void authoritiesAreKnown() {
        Feed.authorities();
    }

    private static long inboxCount(UUID authority, String eventId) {
        return Notification.count("authorityId = ?1 and eventId = ?2", authority.toString(), eventId);
    }

    private static void awaitEntry(UUID authority, String eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> inboxCount(authority, eventId) == 1);
    }

    private static Event<MatchProposed> proposal(UUID need, UUID offer) {
        return Feed.publish(new MatchProposed(UUID.randomUUID(), new MatchParty(need, VINNYTSIA),
                List.of(new MatchParty(offer, AACHEN)), 82, false, Instant.parse("2026-12-06T00:00:00Z"),
                List.of(new OfferReasons(offer, List.of(
                        new MatchReason("SECTOR", "sector.exact", Map.of("sector", "energy"), 25, 25),
                        new MatchReason("SUPPORT_MODE", "support.share",
                                Map.of("percent", "100", "modes", "technical-assistance"), 15, 15),
                        new MatchReason("TIES", "ties.none", Map.of(), 0, 2))))));
    }

    @Test
    void aProposalReachesBothSidesInTheirLanguageOnceEvenIfRedelivered() {
        UUID need = Feed.need("energy", "Відновити котельню", "Restore the boiler house");
        UUID offer = Feed.offer("energy", "District heating engineers");
        Event<MatchProposed> proposed = proposal(need, offer);
        String eventId = proposed.id().toString();
        awaitEntry(VINNYTSIA, eventId);
        awaitEntry(AACHEN, eventId);
        Feed.publish(proposed);
        Event<MatchProposed> marker = proposal(need, offer);
        awaitEntry(VINNYTSIA, marker.id().toString());
        assertEquals(1, inboxCount(VINNYTSIA, eventId), "the redelivered event added nothing");
        // The event-to-inbox SLO reads this histogram's 60 s bucket (k8s/base/monitoring/alerts.yaml).
        String metrics = given().baseUri("http://" + management.getHost() + ":" + management.getPort())
                .get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("twinning_inbox_latency_seconds_bucket{")
                && line.contains("le=\"60.0\"") && line.contains("type=\"" + proposed.type().type() + "\"")), metrics);

        as("vinnytsia-admin").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.link == '/matches/" + proposed.data().matchId() + "' }.title",
                        equalTo("Для вашої потреби запропоновано партнера"))
                .body("items.find { it.link == '/matches/" + proposed.data().matchId() + "' }.body",
                        containsString("Aachen може допомогти з «Відновити котельню» (оцінка 82 зі 100)"))
                // The strongest reasons, from the codes the event carries, in the reader's language.
                .body("items.find { it.link == '/matches/" + proposed.data().matchId() + "' }.body",
                        containsString("Передусім тому, що: пропозиція працює в секторі потреби"));
        as("vinnytsia-admin").queryParam("lang", "en").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.link == '/matches/" + proposed.data().matchId() + "' }.body",
                        containsString("Aachen can help with “Restore the boiler house”"))
                .body("items.find { it.link == '/matches/" + proposed.data().matchId() + "' }.body",
                        containsString("Above all because the offer works in the need's sector, Energy; 100% of the"
                                + " support asked for is offered (Technical assistance)."));
        Map<String, String> titles = Map.of(
                "en", "Your offer fits a need of Vinnytska miska terytorialna hromada",
                "de", "Ihr Angebot passt zu einem Bedarf von Vinnytska miska terytorialna hromada",
                "pl", "Twoja oferta pasuje do potrzeby: Vinnytska miska terytorialna hromada");
        titles.forEach((lang, title) -> as("aachen-admin").queryParam("lang", lang).get("/api/v1/notifications").then()
                .statusCode(200).body("items.find { it.link == '/matches/" + proposed.data().matchId() + "' }.title",
                        equalTo(title)));
    }

    @Test
    void theEndOfAPartnershipReachesItsMembersAtTheEndNotThoseWhoLeft() {
        UUID need = Feed.need("transport", "Відновити тролейбусне депо", "Restore the trolleybus depot");
        UUID offer = Feed.offer("transport", "Trolleybus depot engineers");
        // A neighbour joined the receiving side later; Vinnytsia, whose need began it, left before the end.
        UUID neighbour = UUID.randomUUID();
        Event<PartnershipCancelled> cancelled = Feed.publish(new PartnershipCancelled(UUID.randomUUID(),
                new MatchParty(need, VINNYTSIA), List.of(new MatchParty(offer, AACHEN)), "the depot was destroyed",
                List.of(neighbour, AACHEN)));
        String eventId = cancelled.id().toString();
        awaitEntry(AACHEN, eventId);
        awaitEntry(neighbour, eventId);
        assertEquals(0, inboxCount(VINNYTSIA, eventId), "a former member is not told");
    }

    @Test
    void theOtherSideOfAConversationIsToldInItsLanguageNeverTheText() {
        UUID need = Feed.need("housing", "Відбудова гуртожитку", "Rebuild the dormitory");
        UUID conversation = UUID.randomUUID();
        Event<ConversationOpened> opened = Feed.publish(new ConversationOpened(conversation, "NEED", need, AACHEN,
                VINNYTSIA, "de"));
        awaitEntry(VINNYTSIA, opened.id().toString());
        String link = "/conversations/" + conversation;
        as("vinnytsia-admin").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.link == '" + link + "' }.title", containsString("хочуть поговорити"))
                .body("items.find { it.link == '" + link + "' }.body",
                        containsString("«Відбудова гуртожитку» і написали вам (німецька)"));
        assertEquals(0, inboxCount(AACHEN, opened.id().toString()), "the side that opened it is not told");

        Event<ConversationWritten> answer = Feed.publish(new ConversationWritten(conversation,
                UUID.randomUUID(), VINNYTSIA, AACHEN, "uk"));
        awaitEntry(AACHEN, answer.id().toString());
        as("aachen-admin").queryParam("lang", "de").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.link == '" + link + "' }.body",
                        containsString("im Gespräch über „Rebuild the dormitory“ geschrieben (auf Ukrainisch)"));

        Event<ConversationClosed> closed = Feed.publish(new ConversationClosed(conversation, null,
                List.of(AACHEN, VINNYTSIA)));
        awaitEntry(AACHEN, closed.id().toString());
        awaitEntry(VINNYTSIA, closed.id().toString());
        as("aachen-admin").queryParam("lang", "en").get("/api/v1/notifications").then().statusCode(200)
                .body("items.findAll { it.link == '" + link + "' }.body",
                        hasItem(containsString("The platform's admins closed the conversation")));
    }

    @Test
    void anInboxIsItsAuthoritysOnly() {
        UUID need = Feed.need("health", "Швидкі для громади", null);
        Event<MatchProposed> proposed = proposal(need, Feed.offer("health", "Ambulances"));
        awaitEntry(VINNYTSIA, proposed.id().toString());
        String id = Notification.<Notification>find("authorityId = ?1 and eventId = ?2", VINNYTSIA.toString(),
                proposed.id().toString()).firstResult().id;

        problem(anonymous().get("/api/v1/notifications").then(), 401, "unauthenticated");
        problem(as("aachen-admin").queryParam("authority", VINNYTSIA).get("/api/v1/notifications").then(), 403,
                "forbidden");
        problem(as("aachen-admin").post("/api/v1/notifications/" + id + "/read").then(), 404, "not-found");
        as("platform-admin").queryParam("authority", VINNYTSIA).get("/api/v1/notifications").then().statusCode(200);
        problem(as("vinnytsia-admin").queryParam("limit", 0).get("/api/v1/notifications").then(), 400, "validation")
                .body("violations[0].field", equalTo("limit"));
        problem(as("vinnytsia-admin").queryParam("lang", "fr").get("/api/v1/notifications").then(), 400, "validation")
                .body("violations[0].field", equalTo("lang"));

        as("vinnytsia-admin").get("/api/v1/notifications/unread-count").then().statusCode(200)
                .body("unread", greaterThanOrEqualTo(1));
        as("vinnytsia-admin").queryParam("unread", true).get("/api/v1/notifications").then().statusCode(200)
                .body("items.id", hasItem(id));
        as("vinnytsia-admin").post("/api/v1/notifications/" + id + "/read").then().statusCode(200)
                .body("read", equalTo(true));
        as("vinnytsia-admin").queryParam("unread", true).get("/api/v1/notifications").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as("vinnytsia-admin").post("/api/v1/notifications/read-all").then().statusCode(200);
        as("vinnytsia-admin").get("/api/v1/notifications/unread-count").then().statusCode(200)
                .body("unread", equalTo(0));
        as("vinnytsia-admin").queryParam("unread", true).get("/api/v1/notifications").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void whoAskedForImmediateMailGetsOneMailPerEventInTheirLanguage() {
        mailbox.clear();
        // Aachen reads German: its mails come in German.
        as("aachen-admin").body(Map.of("language", "de", "channels", List.of("INBOX", "EMAIL"), "digest", "IMMEDIATE",
                "email", "twinning@aachen.example")).put("/api/v1/notifications/preferences").then().statusCode(200);
        problem(as("aachen-admin").body(Map.of("language", "fr", "channels", List.of("PIGEON"), "digest", "WEEKLY"))
                .put("/api/v1/notifications/preferences").then(), 400, "validation");
        Event<MatchProposed> proposed = proposal(Feed.need("transport", "Тролейбуси", null),
                Feed.offer("transport", "Trolleybus depot know-how"));
        awaitEntry(AACHEN, proposed.id().toString());
        Feed.publish(proposed);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                mailbox.getMailsSentTo("twinning@aachen.example").size() == 1);
        Event<MatchProposed> marker = proposal(Feed.need("transport", "Автобуси", null), Feed.offer("transport", "Buses"));
        awaitEntry(AACHEN, marker.id().toString());
        // Mails go out from a queue: the marker's arrives, and a second one for the redelivered
        // event would have been queued before it (the consumer reads in order) and sent with it.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                mailbox.getMailsSentTo("twinning@aachen.example").size() >= 2);
        Awaitility.await().pollDelay(Duration.ofMillis(600)).until(() -> true);
        assertEquals(2, mailbox.getMailsSentTo("twinning@aachen.example").size(),
                "one mail per event: the redelivery sent none");
        String subject = mailbox.getMailsSentTo("twinning@aachen.example").get(0).getSubject();
        assertTrue(subject.startsWith("Ihr Angebot passt zu einem Bedarf"), "in German: " + subject);
        as("aachen-admin").body(Map.of("language", "en", "channels", List.of("INBOX"), "digest", "IMMEDIATE"))
                .put("/api/v1/notifications/preferences").then().statusCode(200);
    }

    /** A newcomer who signed up in Ukrainian reads the pages in Ukrainian before saving any preference. */
    @Test
    void withoutSavedPreferencesTheLanguageIsTheOneChosenInKeycloak() {
        as(RealmUsers.newcomer("uk")).get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("language", equalTo("uk"));
        as(RealmUsers.newcomer("en")).get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("language", equalTo("en"));
    }

    @Test
    void aPersonIsToldTheDecisionOnTheirClaimInTheirLanguageAndTheAuthorityMeetsItsColleague() {
        String olena = "olena." + UUID.randomUUID().toString().substring(0, 6) + "@vmr.gov.ua";
        Event<ClaimDecided> approved = Feed.publish(new ClaimDecided(UUID.randomUUID(), VINNYTSIA, "Olena Kovalenko",
                olena, "uk", true, "MEMBER", null, "vinnytsia-admin"));
        awaitEntry(VINNYTSIA, approved.id().toString());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.getMailsSentTo(olena).size() == 1);
        var mail = mailbox.getMailsSentTo(olena).get(0);
        assertTrue(mail.getSubject().startsWith("Тепер ви можете діяти від імені"), mail.getSubject());
        assertTrue(mail.getText().contains("учасник"), mail.getText());
        as("vinnytsia-admin").queryParam("lang", "en").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.type == 'claim.approved' }.title", containsString("Olena Kovalenko joined"));

        String petro = "petro." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        Feed.publish(new ClaimDecided(UUID.randomUUID(), null, "Petro", petro, "de", false, null,
                "the town hall does not know this person", "platform-admin"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.getMailsSentTo(petro).size() == 1);
        var rejected = mailbox.getMailsSentTo(petro).get(0);
        assertTrue(rejected.getSubject().contains("für die von Ihnen vorgeschlagene Körperschaft zu handeln, wurde nicht genehmigt"),
                rejected.getSubject());
        assertTrue(rejected.getText().contains("the town hall does not know this person"), rejected.getText());
    }

    @Test
    void aPublishedNeedReachesOfferingAuthoritiesInTheDailyDigest() {
        Feed.offer("culture-tourism", "Museum restoration workshop");
        UUID need = Feed.need("culture-tourism", "Реставрація музею", "Museum restoration");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                DigestItem.count("needId", need.toString()) == 1);
        digest.daily();
        digest.daily();
        as("aachen-admin").get("/api/v1/notifications").then().statusCode(200)
                .body("items.findAll { it.type == 'needs.digest' }", hasSize(1))
                .body("items.find { it.type == 'needs.digest' }.body", containsString("Museum restoration"));
    }

    @Test
    void aPartnerNetworksWebhookGetsOneSignedDeliveryAfterTwoFailures() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(2)) {
            var created = as("auc-coordinator").body(Map.of("url", receiver.url(), "eventTypes",
                            List.of("eu.twinninghub.partnership.established.v1")))
                    .post("/api/v1/webhooks").then().statusCode(201)
                    .body("secret", containsString("whsec_")).extract();
            receiver.secret(created.path("secret"));
            String webhook = created.path("id");

            UUID need = Feed.need("water-sanitation", "Водогін", "Water main");
            Event<PartnershipEstablished> established = Feed.publish(new PartnershipEstablished(UUID.randomUUID(),
                    UUID.randomUUID(), new MatchParty(need, VINNYTSIA),
                    List.of(new MatchParty(Feed.offer("water-sanitation", "Utility twinning"), AACHEN)),
                    List.of("water-sanitation")));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 1);
            Feed.publish(established);
            awaitEntry(AUC, established.id().toString());
            Thread.sleep(1_500);
            assertEquals(1, receiver.accepted().size(), "exactly one accepted delivery");
            assertEquals(3, receiver.requests(), "500, 500, then 200");
            assertEquals(0, receiver.badSignatures());
            assertEquals(1, Delivery.count("eventId = ?1 and webhookId = ?2", established.id().toString(), webhook));
            assertThat(receiver.accepted().get(0),
                    containsString("\"type\":\"eu.twinninghub.partnership.established.v1\""));
            as("auc-coordinator").get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                    .body("find { it.eventId == '" + established.id() + "' }.status", equalTo("DELIVERED"))
                    .body("find { it.eventId == '" + established.id() + "' }.attempts", equalTo(3));
            as("auc-coordinator").delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
        }
    }

    @Test
    void aDeliveryThatKeepsFailingIsDeadAndCanBeReplayed() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(Integer.MAX_VALUE)) {
            var created = as("auc-coordinator").body(Map.of("url", receiver.url(), "eventTypes",
                    List.of("eu.twinninghub.partnership.established.v1"))).post("/api/v1/webhooks").then()
                    .statusCode(201).extract();
            receiver.secret(created.path("secret"));
            String webhook = created.path("id");
            Event<PartnershipEstablished> established = Feed.publish(new PartnershipEstablished(UUID.randomUUID(),
                    UUID.randomUUID(), new MatchParty(Feed.need("digital", "ЦНАП", null), VINNYTSIA),
                    List.of(new MatchParty(Feed.offer("digital", "e-services"), AACHEN)), List.of("digital")));
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("auc-coordinator")
                    .queryParam("status", "DEAD").get("/api/v1/webhooks/" + webhook + "/deliveries").then()
                    .statusCode(200).body("eventId", hasItem(established.id().toString())));
            String delivery = as("auc-coordinator").queryParam("status", "DEAD")
                    .get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                    .body("[0].lastOutcome", equalTo("HTTP_ERROR")).body("[0].lastStatus", equalTo(500))
                    .body("[0]", not(org.hamcrest.Matchers.hasKey("lastError"))).extract().path("[0].id");
            problem(as("aachen-admin").post("/api/v1/webhooks/deliveries/" + delivery + "/replay").then(), 403,
                    "forbidden");
            receiver.failures(0);
            as("auc-coordinator").post("/api/v1/webhooks/deliveries/" + delivery + "/replay").then().statusCode(200)
                    .body("status", equalTo("PENDING"));
            try {
                Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1,
                        receiver.accepted().size(), "accepted after replay; requests " + receiver.requests()
                        + ", bad signatures " + receiver.badSignatures() + ", delivery " + as("auc-coordinator")
                        .get("/api/v1/webhooks/" + webhook + "/deliveries").asString()));
            } finally {
                as("auc-coordinator").delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
            }
        }
    }

    @Test
    void subscriptionsRefuseUrlsThatCouldProbeThePlatformsNetwork() {
        for (String url : List.of("file:///etc/passwd", "http://169.254.169.254/latest/meta-data",
                "http://metadata.google.internal/computeMetadata", "http://[fe80::1]/hook", "gopher://example.org")) {
            problem(as("auc-coordinator").body(Map.of("url", url, "eventTypes",
                    List.of("eu.twinninghub.partnership.established.v1"))).post("/api/v1/webhooks").then(), 400,
                    "validation").body("violations[0].field", equalTo("url"));
        }
        problem(as("auc-coordinator").body(Map.of("url", "https://hooks.example.org/x", "eventTypes",
                List.of("eu.twinninghub.nothing.v1"))).post("/api/v1/webhooks").then(), 400, "validation")
                .body("violations.field", hasItem("eventTypes[0]"));
        problem(as("vinnytsia-admin").body(Map.of("url", "https://hooks.example.org/x", "eventTypes",
                List.of("eu.twinninghub.partnership.established.v1"))).post("/api/v1/webhooks").then(), 403,
                "forbidden");
        problem(anonymous().get("/api/v1/webhooks").then(), 401, "unauthenticated");
    }
}
