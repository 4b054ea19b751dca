package eu.twinninghub.e2e;

import static eu.twinninghub.e2e.E2ePlatform.as;
import static eu.twinninghub.e2e.E2ePlatform.partner;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.WebhookReceiver;
import io.restassured.RestAssured;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The story users judge the platform by, through the gateway only, with every service running from
 * its built jar on a real broker, real databases and the real Keycloak: a partner network vouches for
 * a hromada and an EU municipality; the hromada posts a need, the municipality an offer; the
 * proposal reaches both with its explanation; both accept; the partnership is in both inboxes, in
 * both mailboxes and at the network's webhook, signed; the need is MATCHED, the offer has one place
 * less; the public list shows the partnership.
 */
class WholeStoryTest {

    private static final UUID AUC = UUID.fromString("5232bfc8-354b-3dba-852d-642bb2510350");
    private static final Duration SOON = Duration.ofSeconds(60);

    private final E2ePlatform platform = E2ePlatform.get();
    private final WebhookReceiver webhooks = platform.webhooks;

    @Test
    void aNeedMeetsAnOfferAndBecomesAPartnership() {
        // A partner network subscribes to what concerns its members.
        String secret = partner().body(Map.of("url", webhooks.url(), "eventTypes",
                        List.of("eu.twinninghub.match.proposed.v1", "eu.twinninghub.partnership.established.v1")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
        webhooks.secret(secret);

        // It invites a hromada of the register (still PENDING) and registers an EU municipality (which
        // invites it too); once each has accepted, the network vouches for them.
        String hromada = partner().queryParam("kind", "HROMADA").queryParam("verification", "PENDING").queryParam("limit", 1)
                .get("/api/v1/authorities").then().statusCode(200).extract().path("items[0].id");
        partner().put("/api/v1/authorities/" + hromada + "/networks/" + AUC).then().statusCode(202);
        String municipality = partner().body("""
                {"kind":"MUNICIPALITY","country":"PL","profile":{"nameOfficial":"Gmina Story %s","languages":["pl","en"]}}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/authorities").then().statusCode(201).extract().path("id");
        String hromadaUser = RealmUsers.adminOf(UUID.fromString(hromada), "uk");
        String municipalityUser = RealmUsers.adminOf(UUID.fromString(municipality), "en");
        as(hromadaUser).put("/api/v1/authorities/" + hromada + "/networks/" + AUC).then().statusCode(200);
        as(municipalityUser).put("/api/v1/authorities/" + municipality + "/networks/" + AUC).then().statusCode(200);
        verify(hromada);
        verify(municipality);
        wantsMail(hromadaUser, "uk");
        wantsMail(municipalityUser, "en");

        // The hromada posts a need, the municipality an offer; both publish.
        String need = E2ePlatform.post(hromadaUser, "needs", """
                {"authorityId":"%s","title":{"uk":"Відновлення котельні лікарні","en":"Restore the hospital boiler house"},
                 "sector":"energy","supportModes":["technical-assistance"],"expertiseTags":["boiler house","heat pumps"],
                 "urgency":"CRITICAL","languages":["uk","en"]}""".formatted(hromada));
        E2ePlatform.publish(hromadaUser, "needs", need);
        String offer = E2ePlatform.post(municipalityUser, "offers", """
                {"authorityId":"%s","title":{"en":"Heating engineers for hospitals","uk":"Інженери з теплопостачання лікарень"},
                 "sectors":["energy"],"supportModes":["technical-assistance"],"expertiseTags":["boiler house","heat pumps"],
                 "capacity":2,"languages":["en","uk"]}""".formatted(municipality));
        E2ePlatform.publish(municipalityUser, "offers", offer);

        // Matching proposes it, explained, to both sides.
        // The allocation sees only what matching has read, so wait until the offer is a candidate of the need.
        await().atMost(SOON).until(() -> {
            var answer = as(hromadaUser).get("/api/v1/matching/needs/" + need + "/candidates").then().extract();
            return answer.statusCode() == 200 && answer.<List<String>>path("itemId").contains(offer);
        });
        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
        String match = await().atMost(SOON).until(() -> as(hromadaUser).queryParam("need", need)
                .get("/api/v1/matches").then().statusCode(200).extract().<String>path("items.find { it.offers[0].itemId == '"
                        + offer + "' }.id"), notNullValue());
        for (String side : List.of(hromadaUser, municipalityUser)) {
            as(side).get("/api/v1/matches/" + match).then().statusCode(200)
                    .body("status", equalTo("PROPOSED"))
                    .body("offers[0].explanation.size()", org.hamcrest.Matchers.greaterThan(3));
        }

        as(hromadaUser).post("/api/v1/matches/" + match + "/accept").then().statusCode(200).body("status", equalTo("PROPOSED"));
        String partnership = as(municipalityUser).post("/api/v1/matches/" + match + "/accept").then().statusCode(200)
                .body("status", equalTo("AGREED")).extract().path("partnershipId");

        // Both find it in their inbox, in their mailbox, and the network at its webhook.
        for (String side : List.of(hromadaUser, municipalityUser)) {
            await().atMost(SOON).until(() -> as(side).get("/api/v1/notifications").then().statusCode(200)
                    .extract().<List<String>>path("items.link").stream().anyMatch(link -> link != null && link.contains(partnership)));
            as(side).get("/api/v1/partnerships/" + partnership).then().statusCode(200)
                    .body("status", equalTo("ESTABLISHED"));
        }
        await().atMost(SOON).until(() -> mailsTo(hromadaUser) >= 2 && mailsTo(municipalityUser) >= 2);
        await().atMost(SOON).until(() -> webhooks.accepted().stream().anyMatch(body -> body.contains(partnership)));
        assertEquals(0, webhooks.badSignatures());
        assertTrue(webhooks.accepted().stream().anyMatch(body -> body.contains("eu.twinninghub.match.proposed.v1")
                && body.contains(match)), "the proposal reached the network: " + webhooks.accepted());

        // The need is matched, the offer has one place less, and the world can see the partnership.
        await().atMost(SOON).untilAsserted(() -> {
            as(hromadaUser).get("/api/v1/needs/" + need).then().body("status", equalTo("MATCHED"));
            as(municipalityUser).get("/api/v1/offers/" + offer).then().body("capacityLeft", equalTo(1));
        });
        RestAssured.given().get("/api/v1/partnerships").then().statusCode(200).body("items.id", hasItem(partnership));
        RestAssured.given().get("/api/v1/partnerships/export.csv").then().statusCode(200)
                .body(containsString(partnership)).body(not(containsString("@")));
    }

    private static void verify(String authority) {
        partner().body(Map.of("status", "VERIFIED", "reason", "membership and council decision checked by the network"))
                .post("/api/v1/authorities/" + authority + "/verification").then().statusCode(200);
    }

    private static void wantsMail(String user, String language) {
        as(user).body(Map.of("language", language, "channels", List.of("INBOX", "EMAIL"), "digest", "IMMEDIATE"))
                .put("/api/v1/notifications/preferences").then().statusCode(200);
    }

    /**
     * Posting for an authority registered a moment ago waits until needs-offers has heard of it (over
     * Kafka; until then it answers 400 "not a registered authority"). One idempotency key for all
     * attempts: however many are made, there is one posting.
     */

    private static long mailsTo(String user) {
        return Arrays.stream(E2ePlatform.get().mail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> ((InternetAddress) to).getAddress().startsWith(user + "@"));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
