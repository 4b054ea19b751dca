package eu.twinninghub.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class InheritedBehaviourTest {

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    /** Health and metrics are on the management interface only: the public port does not serve them. */
    @Test
    void healthAndMetricsAreServedOnTheManagementPortOnly() {
        given().baseUri(management()).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(management()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(management()).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
    }

    private String management() {
        return "http://" + managementUrl.getHost() + ":" + managementUrl.getPort();
    }

    @Test
    void eachInvalidFieldIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"title\":\" \",\"contacts\":[{\"name\":\"Olena\",\"email\":\"not-an-address\"}],\"population\":-5}")
                .post("/probe")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://twinninghub.eu/problems/validation"))
                .body("status", equalTo(400))
                .body("violations.field", hasItems("title", "contacts[0].email", "population"))
                .body("requestId", notNullValue());
    }

    @Test
    void malformedJsonIsAProblemNotACrash() {
        given().contentType(ContentType.JSON).body("{\"title\": \"School\", ")
                .post("/probe")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://twinninghub.eu/problems/malformed-request"));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        given().contentType(ContentType.JSON).body("{\"title\":\"School\",\"contacts\":[],\"population\":\"many\"}")
                .post("/probe")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("population"));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"School\",\"contacts\":[{\"name\":\"Olena\"}],\"budget\":1}")
                .post("/probe")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("budget"))
                .body("violations[0].message", equalTo("unknown field"));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsNamedNotAnUnknownAddress() {
        given().queryParam("limit", "ten").get("/probe").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://twinninghub.eu/problems/validation"))
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].message", equalTo("must be a whole number"));
        given().queryParam("owner", "vinnytsia").get("/probe").then().statusCode(400)
                .body("violations[0].field", equalTo("owner"));
        String owner = UUID.randomUUID().toString();
        given().queryParam("limit", " 5").queryParam("owner", owner).get("/probe").then().statusCode(200)
                .body("limit", equalTo(5)).body("owner", equalTo(owner));
        given().get("/probe").then().statusCode(200).body("limit", equalTo(20)).body("owner", equalTo("anyone"));
    }

    @Test
    void frameworkRefusalsAreProblems() {
        given().get("/nowhere").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().get("/probe/not-a-uuid").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().put("/probe/" + UUID.randomUUID()).then().statusCode(405).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.XML).body("<item/>").post("/probe")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    /** Found by a client generated from the OpenAPI document, which sends Accept headers of its own. */
    @Test
    void anAcceptThatNothingProducesIsA406ProblemNotA500() {
        for (String accept : List.of("application/xml", "text/plain")) {
            given().accept(accept).get("/probe/" + UUID.randomUUID()).then().statusCode(406)
                    .contentType(Problem.MEDIA_TYPE).body("type", equalTo("https://twinninghub.eu/problems/not-acceptable"));
            given().accept(accept).get("/probe").then().statusCode(406).contentType(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void hostilePathIdsAreNotFoundNotFailures() {
        for (String id : List.of("%00", "..%2F..%2Fetc", "x".repeat(5000), "%C0%AE")) {
            given().urlEncodingEnabled(false).get("/probe/" + id).then()
                    .statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                            .and(org.hamcrest.Matchers.lessThan(500)))
                    .contentType(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void aUseCaseRefusalKeepsItsStatusAndDetail() {
        UUID id = UUID.randomUUID();
        given().get("/probe/" + id).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("no item " + id));
    }

    @Test
    void anUnexpectedFailureRevealsOnlyTheRequestId() {
        given().header("X-Request-Id", "req-42").get("/probe/boom")
                .then().statusCode(500).contentType(Problem.MEDIA_TYPE)
                .header("X-Request-Id", "req-42")
                .body("requestId", equalTo("req-42"))
                .body("detail", not(containsString("hunter2")));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().get("/probe/me").then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2("not.a.token").get("/probe/me").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void theCallerIsReadFromARealKeycloakToken() {
        given().auth().oauth2(Tokens.forUser("vinnytsia-admin")).get("/probe/me")
                .then().statusCode(200)
                .body("authority", equalTo("c69235b9-4730-305d-8fee-c51897a80b07"))
                .body("admin", equalTo(false))
                .body("name", equalTo("vinnytsia-admin"));
    }

    @Test
    void aTokenSeenBeforeIsAnsweredFromMemoryAndATamperedOneIsStillRefused() {
        String token = Tokens.forUser("vinnytsia-admin");
        double hits = verifiedTokens("hit");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/probe/me")
                    .then().statusCode(200).body("authority", equalTo("c69235b9-4730-305d-8fee-c51897a80b07"));
        }
        assertTrue(verifiedTokens("hit") >= hits + 2,
                "the second and third request reuse the first one's verification");

        int signature = token.lastIndexOf('.') + 1;
        String tampered = token.substring(0, signature) + (token.charAt(signature) == 'A' ? 'B' : 'A')
                + token.substring(signature + 1);
        given().auth().oauth2(tampered).get("/probe/me").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    private double verifiedTokens(String result) {
        String metrics = given().baseUri(management()).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("twinning_verified_tokens_total{result=\"" + result + "\"}"))
                .mapToDouble(line -> Double.parseDouble(line.split(" ")[1])).sum();
    }

    @Test
    void theWrongRoleIsForbiddenAndTheRightOneReachesTheUseCase() {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(Tokens.forUser("aachen-admin")).delete("/probe/" + id)
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().auth().oauth2(Tokens.forUser("platform-admin")).delete("/probe/" + id)
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("CLOSED"));
    }
}
