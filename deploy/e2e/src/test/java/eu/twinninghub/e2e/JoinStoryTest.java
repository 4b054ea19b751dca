package eu.twinninghub.e2e;

import static eu.twinninghub.e2e.E2ePlatform.as;
import static eu.twinninghub.e2e.E2ePlatform.partner;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.testing.Tokens;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Nobody touches Keycloak by hand: a person signs up on Keycloak's own page, confirms the address
 * from the mail, claims a hromada of the register, is approved, is accepted by the network that
 * vouches for the hromada, and posts its first need; then invites a colleague, who sets a password
 * from the mail and signs in. Prints the time of each step.
 */
class JoinStoryTest {

    private static final String AUC = "5232bfc8-354b-3dba-852d-642bb2510350";
    private static final Duration SOON = Duration.ofSeconds(60);

    private final E2ePlatform platform = E2ePlatform.get();
    private final Map<String, Double> steps = new LinkedHashMap<>();
    private long last = System.nanoTime();

    @Test
    void aPersonJoinsAHromadaAndPostsItsFirstNeedWithoutAnOperator() {
        String username = "hromada-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@hromada.example";
        KeycloakPages browser = new KeycloakPages();
        browser.register(username, email, "Olena", "Kovalenko");
        await().atMost(SOON).until(() -> KeycloakPages.mailTo(platform.mail.getReceivedMessages(), email).isPresent());
        browser.openMailedLink(platform.mail.getReceivedMessages(), email);
        var signedUp = Tokens.claims(Tokens.forUser(username));
        assertTrue(signedUp.path("authority_id").isMissingNode(), signedUp.toString());
        step("signed up, address confirmed from the mail");

        // A hromada of the register that nobody acts for yet (the other stories take the first ones).
        String hromada = as(username).queryParam("kind", "HROMADA").queryParam("verification", "PENDING")
                .queryParam("limit", 20).get("/api/v1/authorities").then().statusCode(200)
                .extract().path("items[19].id");
        String claim = as(username).body(Map.of("authorityId", hromada, "function", "Head of the executive committee",
                        "officialEmail", email, "note", "Our council appointed me for international partnerships"))
                .post("/api/v1/claims").then().statusCode(201).extract().path("id");
        partner().get("/api/v1/claims/queue").then().statusCode(200).body("id", not(hasItem(claim)));
        step("claimed");

        as("platform-admin").get("/api/v1/claims/queue").then().statusCode(200)
                .body("find { it.id == '" + claim + "' }.hints.authorityHasAdmins", equalTo(false));
        as("platform-admin").body(Map.of("approve", true, "reason", "appointment checked with the council"))
                .post("/api/v1/claims/" + claim + "/decision").then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("role", equalTo("ADMIN"));
        Tokens.forget(username);
        assertEquals(hromada, Tokens.claims(Tokens.forUser(username)).path("authority_id").asText());
        step("approved: the next token carries the hromada");

        String membership = "/api/v1/authorities/" + hromada + "/networks/" + AUC;
        partner().put(membership).then().statusCode(202);
        as(username).put(membership).then().statusCode(200).body("state", equalTo("ACCEPTED"));
        await().atMost(SOON).until(() -> partner().body(Map.of("status", "VERIFIED", "reason", "council decision checked"))
                .post("/api/v1/authorities/" + hromada + "/verification").statusCode() == 200);
        step("the network it accepted verified it");

        String need = E2ePlatform.post(username, "needs", """
                {"authorityId":"%s","title":{"uk":"Укриття для школи","en":"A shelter for the school"},
                 "sector":"education","supportModes":["technical-assistance"],"expertiseTags":["shelters"],
                 "urgency":"HIGH","languages":["uk","en"]}""".formatted(hromada));
        E2ePlatform.publish(username, "needs", need);
        as(username).get("/api/v1/needs/" + need).then().statusCode(200).body("status", equalTo("OPEN"));
        step("first need posted and published");

        String colleague = "deputy-" + UUID.randomUUID().toString().substring(0, 8) + "@hromada.example";
        as(username).body(Map.of("email", colleague, "firstName", "Petro", "lastName", "Shevchenko",
                        "role", "MEMBER", "language", "uk"))
                .post("/api/v1/authorities/" + hromada + "/staff/invitations").then().statusCode(201)
                .body("role", equalTo("MEMBER"));
        await().atMost(SOON).until(() -> KeycloakPages.mailTo(platform.mail.getReceivedMessages(), colleague).isPresent());
        new KeycloakPages().openMailedLink(platform.mail.getReceivedMessages(), colleague);
        var colleagueToken = Tokens.claims(Tokens.forUser(colleague));
        assertEquals(hromada, colleagueToken.path("authority_id").asText(), colleagueToken.toString());
        as(colleague).get("/api/v1/authorities/" + hromada + "/trail").then().statusCode(200)
                .body("items.action", hasItems("STAFF_INVITED", "CLAIM_APPROVED", "MEMBERSHIP_ACCEPTED", "VERIFIED"));
        step("a colleague invited, set a password from the mail and signed in");
        System.out.println("join story, seconds per step: " + steps);
    }

    private void step(String name) {
        long now = System.nanoTime();
        steps.put(name, Math.round((now - last) / 1e7) / 100.0);
        last = now;
    }
}
