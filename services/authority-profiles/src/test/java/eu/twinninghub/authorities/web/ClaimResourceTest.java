package eu.twinninghub.authorities.web;

import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.claim.ClaimDecided;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.Tokens;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Joining against the real Keycloak: a claim, its queue, its decision, and the token that follows. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "authority_profiles"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ClaimResourceTest {

    static final EventCodec CODEC = new EventCodec();

    static final String VINNYTSIA = AuthorityResourceTest.VINNYTSIA;

    static Map<String, Object> claimOf(String authority) {
        return Map.of("authorityId", authority, "function", "Head of international cooperation",
                "officialEmail", "o.kovalenko@vmr.gov.ua", "note", "I answer the partnership letters of the mayor");
    }

    @Test
    void aColleagueAsksToJoinAndTheAuthoritysAdminLetsThemIn() {
        String person = RealmUsers.newcomer("uk");
        String claim = as(person).body(claimOf(VINNYTSIA)).post("/api/v1/claims").then().statusCode(201)
                .body("state", equalTo("PENDING")).body("hints", equalTo(null))
                .extract().path("id");
        problem(as(person).body(claimOf(VINNYTSIA)).post("/api/v1/claims").then(), 409, "duplicate");
        as(person).get("/api/v1/claims/mine").then().statusCode(200).body("id", hasItem(claim));

        as("vinnytsia-admin").get("/api/v1/claims/queue").then().statusCode(200)
                .body("find { it.id == '" + claim + "' }.hints.authorityHasAdmins", equalTo(true))
                .body("find { it.id == '" + claim + "' }.function", equalTo("Head of international cooperation"));
        as("platform-admin").get("/api/v1/claims/queue").then().statusCode(200).body("id", hasItem(claim));
        as("aachen-admin").get("/api/v1/claims/queue").then().statusCode(200).body("id", not(hasItem(claim)));
        problem(as("aachen-admin").get("/api/v1/claims/" + claim).then(), 404, "not-found");
        problem(as("aachen-admin").body(Map.of("approve", true)).post("/api/v1/claims/" + claim + "/decision").then(),
                404, "not-found");
        problem(as(person).body(Map.of("approve", true)).post("/api/v1/claims/" + claim + "/decision").then(),
                403, "forbidden");
        problem(as("vinnytsia-member").get("/api/v1/claims/queue").then(), 403, "forbidden");

        as("vinnytsia-admin").body(Map.of("approve", true)).post("/api/v1/claims/" + claim + "/decision").then()
                .statusCode(200).body("state", equalTo("APPROVED")).body("role", equalTo("MEMBER"))
                .body("decidedBy", equalTo("vinnytsia-admin"));
        problem(as("vinnytsia-admin").body(Map.of("approve", true)).post("/api/v1/claims/" + claim + "/decision")
                .then(), 409, "conflict");

        Tokens.forget(person);
        var token = Tokens.claims(Tokens.forUser(person));
        assertEquals(VINNYTSIA, token.path("authority_id").asText(), token.toString());
        assertTrue(token.path("realm_access").path("roles").toString().contains("authority-member"), token.toString());
        as("vinnytsia-admin").get("/api/v1/authorities/" + VINNYTSIA + "/trail").then().statusCode(200)
                .body("items.action", hasItem("CLAIM_APPROVED"))
                .body("items.find { it.action == 'CLAIMED' }.actor", equalTo(person));
        problem(as(person).body(claimOf(VINNYTSIA)).post("/api/v1/claims").then(), 403, "forbidden");
    }

    @Test
    void aNewAuthorityIsProposedAndAPlatformAdminRegistersIt() {
        String person = RealmUsers.newcomer("de");
        problem(as(person).body(Map.of("newAuthority", Map.of("kind", "HROMADA", "country", "UA",
                        "nameOfficial", "Нова громада", "officialCode", "UA123"), "function", "Secretary",
                "webPage", "https://example.org/hromada")).post("/api/v1/claims").then(), 400, "validation")
                .body("violations[0].field", equalTo("newAuthority.officialCode"));
        problem(as(person).body(Map.of("newAuthority", Map.of("kind", "MUNICIPALITY", "country", "DE",
                "nameOfficial", "Beispielstadt"), "function", "Secretary")).post("/api/v1/claims").then(),
                400, "validation").body("violations[0].field", equalTo("officialEmail"));
        problem(as(person).body(Map.of("authorityId", VINNYTSIA, "newAuthority", Map.of("kind", "MUNICIPALITY",
                "country", "DE", "nameOfficial", "Beispielstadt"), "function", "Secretary",
                "webPage", "https://example.org")).post("/api/v1/claims").then(), 400, "validation")
                .body("violations[0].field", equalTo("authorityId"));

        String name = "Beispielstadt " + UUID.randomUUID().toString().substring(0, 6);
        String claim = as(person).body(Map.of("newAuthority", Map.of("kind", "MUNICIPALITY", "country", "DE",
                        "nameOfficial", name), "function", "Bürgermeisterin",
                "webPage", "https://www.example.org/rathaus")).post("/api/v1/claims").then().statusCode(201)
                .body("newAuthority.nameOfficial", equalTo(name)).extract().path("id");
        as("auc-coordinator").get("/api/v1/claims/queue").then().statusCode(200).body("id", not(hasItem(claim)));
        problem(as("vinnytsia-admin").body(Map.of("approve", true)).post("/api/v1/claims/" + claim + "/decision")
                .then(), 404, "not-found");

        String authority = as("platform-admin").body(Map.of("approve", true, "reason", "town hall confirmed by phone"))
                .post("/api/v1/claims/" + claim + "/decision").then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("role", equalTo("ADMIN"))
                .extract().path("authorityId");
        anonymous().get("/api/v1/authorities/" + authority).then().statusCode(200)
                .body("profile.nameOfficial", equalTo(name)).body("verification", equalTo("PENDING"));
        Tokens.forget(person);
        var token = Tokens.claims(Tokens.forUser(person));
        assertEquals(authority, token.path("authority_id").asText());
        assertTrue(token.path("realm_access").path("roles").toString().contains("authority-admin"), token.toString());
    }

    @Test
    void rejectionsGiveAReasonAndSuspendedAuthoritiesCannotBeClaimed() {
        String person = RealmUsers.newcomer("en");
        String claim = as(person).body(claimOf(VINNYTSIA)).post("/api/v1/claims").then().statusCode(201)
                .extract().path("id");
        problem(as("platform-admin").body(Map.of("approve", false)).post("/api/v1/claims/" + claim + "/decision")
                .then(), 400, "validation").body("violations[0].field", equalTo("reason"));
        as("platform-admin").body(Map.of("approve", false, "reason", "nobody of that name works at the town hall"))
                .post("/api/v1/claims/" + claim + "/decision").then().statusCode(200)
                .body("state", equalTo("REJECTED"))
                .body("reason", containsString("nobody of that name"));
        var told = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.AUTHORITIES,
                r -> CODEC.fromRecord(r).data() instanceof ClaimDecided d && d.claimId().toString().equals(claim),
                1, Duration.ofSeconds(20));
        ClaimDecided decided = (ClaimDecided) CODEC.fromRecord(told.get(0)).data();
        assertEquals(false, decided.approved());
        assertEquals("en", decided.personLanguage(), "the person's Keycloak locale");
        assertEquals(person + "@twinninghub.example", decided.personEmail());

        String suspended = as("platform-admin").body(AuthorityResourceTest.municipality("Gesperrtstadt"))
                .post("/api/v1/authorities").then().statusCode(201).extract().path("id");
        as("platform-admin").body(Map.of("status", "SUSPENDED", "reason", "impersonation reported"))
                .post("/api/v1/authorities/" + suspended + "/verification").then().statusCode(200);
        problem(as(person).body(claimOf(suspended)).post("/api/v1/claims").then(), 403, "authority-suspended");
        problem(anonymous().body(claimOf(VINNYTSIA)).post("/api/v1/claims").then(), 401, "unauthenticated");
        problem(as("auc-coordinator").body(claimOf(VINNYTSIA)).post("/api/v1/claims").then(), 403, "forbidden");

        String again = as(person).body(claimOf(VINNYTSIA)).post("/api/v1/claims").then().statusCode(201)
                .extract().path("id");
        as(person).delete("/api/v1/claims/" + again).then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        problem(as(person).delete("/api/v1/claims/" + again).then(), 409, "conflict");
    }
}
