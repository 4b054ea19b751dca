package eu.twinninghub.e2e.edge;

import static eu.twinninghub.e2e.edge.Platform.VINNYTSIA;
import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import eu.twinninghub.e2e.E2ePlatform;
import eu.twinninghub.testing.Tokens;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every caller meets at the edge: errors as problems, the request id, CORS, public reads and searches. */
class EdgeTest {

    private final E2ePlatform platform = E2ePlatform.get();

    @Test
    void malformedBodiesAndUnknownFieldsAreRefusedNamingTheField() {
        problem(as("vinnytsia-admin").body("{\"authorityId\":").post("/api/v1/needs").then(), 400, "malformed-request");
        problem(as("vinnytsia-admin").body(Platform.needBody(VINNYTSIA, "Schools").replace("\"sector\"", "\"secto\""))
                .post("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", hasItem("secto"));
        problem(as("vinnytsia-admin").body(Platform.needBody(VINNYTSIA, "Schools").replace("\"HIGH\"", "42"))
                .post("/api/v1/needs").then(), 400, "malformed-request");
        problem(as("vinnytsia-admin").body(Platform.needBody(VINNYTSIA, " ").replace("\"municipal-services\"", "null"))
                .post("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", hasItem("sector"));
        problem(as("vinnytsia-admin").queryParam("limit", 1000).get("/api/v1/needs").then(), 400, "validation")
                .body("violations[0].field", equalTo("limit"));
        problem(anonymous().queryParam("limit", "ten").get("/api/v1/needs").then(), 400, "validation")
                .body("violations[0].field", equalTo("limit"));
        problem(anonymous().queryParam("oblast", "Vinnytsia").get("/api/v1/needs").then(), 400, "validation")
                .body("violations[0].field", equalTo("oblast"));
    }

    /** Keycloak signs tokens for every client of the realm; only those issued for the platform get in. */
    @Test
    void aTokenIssuedForAnotherClientOfTheRealmIsRefused() {
        String foreign = Tokens.forUserThrough("admin-cli", "vinnytsia-admin");
        assertFalse(Tokens.claims(foreign).path("aud").toString().contains("twinning-gateway"), "admin-cli's audience");
        problem(given().auth().oauth2(foreign).get("/api/v1/notifications").then(), 401, "unauthenticated");
        problem(given().baseUri(platform.services.url("notifications").toString()).auth().oauth2(foreign)
                .get("/api/v1/notifications").then(), 401, "unauthenticated");
        given().auth().oauth2(Tokens.forUser("vinnytsia-admin")).get("/api/v1/notifications").then().statusCode(200);
    }

    /** The public port serves the API and its document; health and metrics only the management port. */
    @Test
    void healthAndMetricsAreNotOnThePublicPortButTheApiDocumentIs() {
        anonymous().get("/q/metrics").then().statusCode(404);
        anonymous().get("/q/health/ready").then().statusCode(404);
        anonymous().get("/q/openapi").then().statusCode(200);
        given().redirects().follow(true).get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void frameworkRefusalsAreProblemsToo() {
        problem(anonymous().get("/api/v1/nothing-here").then(), 404, "not-found");
        problem(anonymous().patch("/api/v1/needs").then(), 405, "method-not-allowed");
        problem(as("vinnytsia-admin").contentType(ContentType.TEXT).body("a need").post("/api/v1/needs").then(), 415,
                "unsupported-media-type");
        problem(given().auth().oauth2("not-a-token").get("/api/v1/needs").then(), 401, "unauthenticated");
        problem(anonymous().get("/api/v1/me/dashboard").then(), 401, "unauthenticated");
    }

    @Test
    void aServiceRefusalReachesTheCallerUnchangedWithTheRequestIdItWasGiven() {
        String id = "edge-" + UUID.randomUUID();
        problem(anonymous().header("X-Request-Id", id).get("/api/v1/needs/" + UUID.randomUUID()).then(), 404, "not-found")
                .header("X-Request-Id", id)
                // The body is the service's own: it saw the same request id.
                .body("requestId", equalTo(id))
                .body("detail", startsWith("no need"));
    }

    @Test
    void aBrowserFrontEndOnAnotherOriginMayCall() {
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/needs").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/needs").then()
                .header("Access-Control-Allow-Origin", (String) null);
    }

    @Test
    void anonymousCallersReadPublishedDataAndTheTaxonomy() {
        anonymous().get("/api/v1/taxonomy").then().statusCode(200)
                .body("sectors.size()", greaterThan(5))
                .body("sectors.find { it.id == 'energy' }.uk", notNullValue())
                .body("supportModes.id", hasItem("technical-assistance"));
        String need = Platform.createNeed("vinnytsia-admin", VINNYTSIA);
        problem(anonymous().get("/api/v1/needs/" + need).then(), 404, "not-found");
        Platform.open("vinnytsia-admin", "needs", need);
        anonymous().get("/api/v1/needs/" + need).then().statusCode(200).body("status", equalTo("OPEN"));
        anonymous().queryParam("authority", VINNYTSIA).get("/api/v1/needs").then().statusCode(200)
                .body("items.status", everyItem(equalTo("OPEN")));
        anonymous().get("/api/v1/partnerships/export.csv").then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void aSearchIsTheServicesOwnPageHandedOnWithItsCursor() {
        String word = "relay" + UUID.randomUUID().toString().substring(0, 8);
        List<String> needs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            needs.add(as("vinnytsia-admin").body(Platform.needBody(VINNYTSIA, "Boiler house " + word))
                    .post("/api/v1/needs").then().statusCode(201).extract().path("id"));
        }
        Platform.open("vinnytsia-admin", "needs", needs.get(0));

        anonymous().queryParam("q", word).get("/api/v1/needs").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items.id", contains(needs.get(0)))
                .body("next", nullValue());
        String next = as("vinnytsia-admin").queryParam("q", word).queryParam("limit", 2).get("/api/v1/needs").then()
                .statusCode(200)
                .body("items.id", contains(needs.get(2), needs.get(1)))
                .body("items[0].need.title.en", equalTo("Boiler house " + word))
                .extract().path("next");
        as("vinnytsia-admin").queryParam("q", word).queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/v1/needs").then().statusCode(200)
                .body("items.id", contains(needs.get(0)))
                .body("next", nullValue());
        problem(anonymous().queryParam("cursor", "not a cursor").get("/api/v1/offers").then(), 400, "validation")
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void theDashboardGathersMyAuthorityFromEveryService() {
        String draft = Platform.createNeed("vinnytsia-admin", VINNYTSIA);
        as("vinnytsia-member").get("/api/v1/me/dashboard").then().statusCode(200)
                .body("authority.id", equalTo(VINNYTSIA.toString()))
                .body("needs.id", hasItem(draft))
                .body("unavailable.size()", equalTo(0))
                .body("unreadNotifications", notNullValue());
        as("platform-admin").get("/api/v1/me/dashboard").then().statusCode(200)
                .body("authority", equalTo(null))
                .body("needs.size()", equalTo(0));
    }

    @Test
    void theGatewayRefusesBeforeTheServiceWhenTheBodyNamesAnotherAuthority() {
        problem(as("ahlen-admin").body(Platform.needBody(VINNYTSIA, "Not mine")).post("/api/v1/needs").then(), 403,
                "forbidden")
                .body("detail", equalTo("you do not post for authority " + VINNYTSIA));
        problem(as("ahlen-admin").queryParam("authority", VINNYTSIA).get("/api/v1/notifications").then(), 403,
                "forbidden");
        as("ahlen-admin").body(Map.of("language", "en", "channels", List.of("INBOX"), "digest", "DAILY"))
                .put("/api/v1/notifications/preferences").then().statusCode(200);
    }
}
