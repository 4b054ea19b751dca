package eu.twinninghub.matching.web;

import static eu.twinninghub.matching.web.Feed.AACHEN;
import static eu.twinninghub.matching.web.Feed.AHLEN;
import static eu.twinninghub.matching.web.Feed.VINNYTSIA;
import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.authority.AuthoritySuspended;
import eu.twinninghub.events.authority.AuthorityVerified;
import eu.twinninghub.events.conversation.ConversationClosed;
import eu.twinninghub.events.conversation.ConversationWritten;
import eu.twinninghub.events.conversation.ConversationOpened;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Let's talk": an expression of interest opens a conversation between two authorities, which
 * only their staff read and write (and platform admins, whose reads the sides see), which turns
 * into a partnership without the engine, and whose events carry no text.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ConversationTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final String CONVERSATIONS = "/api/v1/conversations";
    private static final List<String> MODES = List.of("technical-assistance", "peer-exchange");

    @BeforeEach
    void authoritiesAreKnown() {
        Feed.authorities();
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownAuthority.findById(AHLEN) != null));
    }

    static Map<String, Object> interest(String kind, Object subject, String text, String language) {
        return Map.of("subjectKind", kind, "subjectId", subject.toString(), "text", text, "language", language);
    }

    @Test
    void aTownSaysLetsTalkTheyWriteAndAgreeAPartnershipWithoutTheEngine() {
        UUID need = Feed.need("municipal-services", MODES, List.of("water towers"), "Repair the water towers of Vinnytsia");
        String id = as("aachen-admin").body(interest("NEED", need, "Unsere Stadtwerke haben Erfahrung damit.", "de"))
                .post(CONVERSATIONS).then().statusCode(201)
                .header("Location", containsString(CONVERSATIONS + "/"))
                .extract().path("id");
        as("aachen-admin").get(CONVERSATIONS + "/" + id).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("subjectKind", equalTo("NEED"))
                .body("subjectId", equalTo(need.toString()))
                .body("sides.authorityId", equalTo(List.of(AACHEN.toString(), VINNYTSIA.toString())))
                .body("sides.opener", equalTo(List.of(true, false)))
                .body("messages", hasSize(1))
                .body("messages[0].language", equalTo("de"))
                .body("messages[0].authorName", equalTo("aachen-admin"))
                .body("unread", equalTo(0));

        // Interest again: the message joins the open conversation; the same text twice (a double click) once.
        as("aachen-admin").body(interest("NEED", need, "Wir könnten im März kommen.", "de")).post(CONVERSATIONS).then()
                .statusCode(200).body("id", equalTo(id)).body("messages", hasSize(2));
        as("aachen-admin").body(interest("NEED", need, "Wir könnten im März kommen.", "de")).post(CONVERSATIONS).then()
                .statusCode(200).body("id", equalTo(id)).body("messages", hasSize(2));

        as("vinnytsia-member").get(CONVERSATIONS).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.unread", equalTo(2))
                .body("items.find { it.id == '" + id + "' }.messages", hasSize(0));
        as("vinnytsia-member").body(Map.of("text", "Дякуємо! Березень нам підходить.", "language", "uk"))
                .post(CONVERSATIONS + "/" + id + "/messages").then().statusCode(200)
                .body("messages", hasSize(3)).body("messages[2].language", equalTo("uk")).body("unread", equalTo(0));
        as("aachen-admin").get(CONVERSATIONS + "/" + id).then().body("unread", equalTo(1));
        as("aachen-admin").post(CONVERSATIONS + "/" + id + "/read").then().statusCode(200).body("unread", equalTo(0));
        as("vinnytsia-admin").get(CONVERSATIONS + "/" + id).then().body("unread", equalTo(0));

        // The partnership, proposed from the conversation and accepted by the other side.
        UUID offer = Feed.offer("municipal-services", MODES, List.of("water towers"), "Aachen's water engineers", 2);
        problem(as("aachen-admin").body(Map.of("needId", UUID.randomUUID().toString(), "offerId", offer.toString()))
                .post(CONVERSATIONS + "/" + id + "/proposal").then(), 400, "validation")
                .body("violations[0].field", equalTo("needId"));
        problem(as("aachen-admin").body(Map.of("needId", need.toString(), "offerId", need.toString()))
                .post(CONVERSATIONS + "/" + id + "/proposal").then(), 400, "validation")
                .body("violations[0].field", equalTo("offerId"));
        String match = as("aachen-admin").body(Map.of("needId", need.toString(), "offerId", offer.toString()))
                .post(CONVERSATIONS + "/" + id + "/proposal").then().statusCode(200)
                .body("matchId", notNullValue()).extract().path("matchId");
        as("vinnytsia-admin").get("/api/v1/matches/" + match).then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("offers[0].acceptedAt", notNullValue())
                .body("need.acceptedAt", nullValue());
        as("vinnytsia-admin").post("/api/v1/matches/" + match + "/accept").then().statusCode(200)
                .body("status", equalTo("AGREED")).body("partnershipId", notNullValue());

        as("vinnytsia-admin").body(Map.of("reason", "Agreed; we go on by e-mail.")).post(CONVERSATIONS + "/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("Agreed; we go on by e-mail.")).body("closedBy", equalTo("vinnytsia-admin"));
        problem(as("aachen-admin").body(Map.of("text", "Noch etwas", "language", "de"))
                .post(CONVERSATIONS + "/" + id + "/messages").then(), 409, "conflict");
        problem(as("aachen-admin").body(Map.of()).post(CONVERSATIONS + "/" + id + "/close").then(), 409, "conflict");

        var events = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.MATCHES, r -> r.key().equals(id), 4,
                Duration.ofSeconds(30));
        List<Object> data = events.stream().map(r -> (Object) CODEC.fromRecord(r).data()).toList();
        assertEquals(List.of(new ConversationOpened(UUID.fromString(id), "NEED", need, AACHEN, VINNYTSIA, "de")),
                data.stream().filter(d -> d instanceof ConversationOpened).toList());
        assertEquals(2, data.stream().filter(d -> d instanceof ConversationWritten).count());
        assertEquals(VINNYTSIA, data.stream().filter(d -> d instanceof ConversationClosed)
                .map(d -> ((ConversationClosed) d).byAuthorityId()).findFirst().orElseThrow());
        events.forEach(r -> assertFalse(new String(r.value(), StandardCharsets.UTF_8).contains("Stadtwerke"),
                "a message's text stays out of the events"));
    }

    @Test
    void nobodyElseReadsTheThreadAndAnAdminsReadIsSeen() {
        UUID need = Feed.need("social-protection", MODES, List.of("ambulances"), "Ambulances for the rural hromadas");
        String id = as("aachen-admin").body(interest("NEED", need, "We have two ambulances to spare.", "en"))
                .post(CONVERSATIONS).then().statusCode(201).extract().path("id");
        String thread = CONVERSATIONS + "/" + id;
        Map<String, String> message = Map.of("text", "Hello", "language", "en");

        problem(anonymous().get(thread).then(), 401, "unauthenticated");
        for (String outsider : List.of("ahlen-admin", "auc-coordinator")) {
            problem(as(outsider).get(thread).then(), 404, "not-found");
            problem(as(outsider).body(message).post(thread + "/messages").then(), 404, "not-found");
            problem(as(outsider).post(thread + "/read").then(), 404, "not-found");
            problem(as(outsider).body(Map.of("reason", "spam")).post(thread + "/report").then(), 404, "not-found");
            problem(as(outsider).body(Map.of()).post(thread + "/close").then(), 404, "not-found");
            as(outsider).get(CONVERSATIONS).then().statusCode(200).body("items.id", not(hasItem(id)));
        }

        as("platform-admin").get(thread).then().statusCode(200).body("messages", hasSize(1));
        problem(as("platform-admin").body(message).post(thread + "/messages").then(), 403, "forbidden");
        as("vinnytsia-admin").get(thread).then().statusCode(200)
                .body("adminReads", hasSize(1)).body("adminReads[0].admin", equalTo("platform-admin"));

        as("vinnytsia-admin").body(Map.of("reason", "They ask for money up front.")).post(thread + "/report").then()
                .statusCode(200).body("reported", equalTo(true));
        as("platform-admin").queryParam("reported", true).get(CONVERSATIONS).then().statusCode(200)
                .body("items.id", hasItem(id));
        as("platform-admin").queryParam("reported", false).get(CONVERSATIONS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as("platform-admin").body(Map.of("reason", "Closed after a report")).post(thread + "/close").then()
                .statusCode(200).body("status", equalTo("CLOSED"));
        var closed = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.MATCHES,
                r -> r.key().equals(id) && CODEC.fromRecord(r).data() instanceof ConversationClosed, 1,
                Duration.ofSeconds(30));
        assertNull(((ConversationClosed) CODEC.fromRecord(closed.get(0)).data()).byAuthorityId(),
                "closed by a platform admin, for no authority");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        UUID need = Feed.need("governance", MODES, List.of("museums"), "Save the museum's collection");
        field(as("aachen-admin").body(interest("NEED", need, " ", "de")).post(CONVERSATIONS).then(), "text");
        field(as("aachen-admin").body(interest("NEED", need, "x".repeat(20_000), "de")).post(CONVERSATIONS).then(),
                "text");
        field(as("aachen-admin").body(interest("NEED", need, "Hallo", "xx")).post(CONVERSATIONS).then(), "language");
        field(as("aachen-admin").body(interest("PLAN", need, "Hallo", "de")).post(CONVERSATIONS).then(), "subjectKind");
        field(as("aachen-admin").body(Map.of("subjectKind", "NEED", "text", "Hallo", "language", "de"))
                .post(CONVERSATIONS).then(), "subjectId");
        problem(as("aachen-admin").body(interest("NEED", UUID.randomUUID(), "Hallo", "de")).post(CONVERSATIONS).then(),
                404, "not-found");
        problem(as("vinnytsia-admin").body(interest("NEED", need, "Our own", "uk")).post(CONVERSATIONS).then(), 409,
                "conflict").body("detail", containsString("your own"));
        problem(as("auc-coordinator").body(interest("NEED", need, "A network", "uk")).post(CONVERSATIONS).then(), 403,
                "forbidden");
        problem(as("platform-admin").body(interest("NEED", need, "An admin", "en")).post(CONVERSATIONS).then(), 403,
                "forbidden");
        problem(anonymous().body(interest("NEED", need, "Anyone", "en")).post(CONVERSATIONS).then(), 401,
                "unauthenticated");
        field(as("aachen-admin").queryParam("status", "ARCHIVED").get(CONVERSATIONS).then(), "status");
    }

    @Test
    void aSideOfAProposalTalksToTheOtherAboutIt() {
        Map<String, Object> proposal = MatchLifecycleTest.proposalFor("transport", "trolleybuses");
        String match = (String) proposal.get("id");
        String id = as("vinnytsia-admin").body(interest("MATCH", match, "Чи можете ви надіслати інженерів?", "uk"))
                .post(CONVERSATIONS).then().statusCode(201)
                .body("sides.authorityId", equalTo(List.of(VINNYTSIA.toString(), AACHEN.toString())))
                .extract().path("id");
        as("aachen-admin").get(CONVERSATIONS + "/" + id).then().statusCode(200).body("unread", equalTo(1));
        problem(as("ahlen-admin").body(interest("MATCH", match, "Me too", "de")).post(CONVERSATIONS).then(), 404,
                "not-found");
        field(as("vinnytsia-admin").body(Map.of("subjectKind", "MATCH", "subjectId", match,
                "withAuthorityId", AHLEN.toString(), "text", "Hallo", "language", "de")).post(CONVERSATIONS).then(),
                "withAuthorityId");

        // Proposing the pair the engine proposed is saying yes to it; the other side's yes agrees it.
        String need = (String) ((Map<?, ?>) proposal.get("need")).get("itemId");
        String offer = (String) ((Map<?, ?>) ((List<?>) proposal.get("offers")).get(0)).get("itemId");
        as("vinnytsia-admin").body(Map.of("needId", need, "offerId", offer)).post(CONVERSATIONS + "/" + id + "/proposal")
                .then().statusCode(200).body("matchId", equalTo(match));
        as("vinnytsia-admin").body(Map.of("needId", need, "offerId", offer)).post(CONVERSATIONS + "/" + id + "/proposal")
                .then().statusCode(200).body("matchId", equalTo(match));
        as("aachen-admin").body(Map.of("needId", need, "offerId", offer)).post(CONVERSATIONS + "/" + id + "/proposal")
                .then().statusCode(200).body("matchId", equalTo(match));
        as("vinnytsia-admin").get("/api/v1/matches/" + match).then().statusCode(200)
                .body("status", equalTo("AGREED")).body("partnershipId", notNullValue());
    }

    /** Ahlen alone: nothing else in this module writes as it, so its counts are this test's. */
    @Test
    void limitsHoldAndASuspendedAuthorityCannotWrite() {
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID need = Feed.need("civil-protection", MODES, List.of("tree planting"), "Plant the park again " + i);
            opened.add(as("ahlen-admin").body(interest("NEED", need, "Wir pflanzen gern mit " + i, "de"))
                    .post(CONVERSATIONS).then().statusCode(201).extract().path("id"));
        }
        UUID fourth = Feed.need("civil-protection", MODES, List.of("tree planting"), "Plant the square again");
        problem(as("ahlen-admin").body(interest("NEED", fourth, "Und hier auch", "de")).post(CONVERSATIONS).then(), 429,
                "rate-limited").header("Retry-After", notNullValue()).body("detail", containsString("conversations"));

        String thread = CONVERSATIONS + "/" + opened.get(0) + "/messages";
        for (int i = 0; i < 5; i++) {
            as("ahlen-admin").body(Map.of("text", "Nachricht " + i, "language", "de")).post(thread).then()
                    .statusCode(200);
        }
        problem(as("ahlen-admin").body(Map.of("text", "Eine zu viel", "language", "de")).post(thread).then(), 429,
                "rate-limited").body("detail", containsString("one person"));

        Feed.publish(new AuthoritySuspended(AHLEN, "platform-admin", "spam reported"));
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                    KnownAuthority.<KnownAuthority>findById(AHLEN).verification == Verification.SUSPENDED));
            problem(as("ahlen-admin").body(Map.of("text", "Trotzdem", "language", "de")).post(thread).then(), 403,
                    "authority-suspended");
            problem(as("ahlen-admin").body(interest("NEED", fourth, "Trotzdem", "de")).post(CONVERSATIONS).then(), 403,
                    "authority-suspended");
        } finally {
            Feed.publish(new AuthorityVerified(AHLEN, "platform-admin", "reviewed"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                KnownAuthority.<KnownAuthority>findById(AHLEN).verification == Verification.VERIFIED));
    }

    private static ValidatableResponse field(ValidatableResponse response, String field) {
        return problem(response, 400, "validation").body("violations.field", hasItem(endsWith(field)));
    }
}
