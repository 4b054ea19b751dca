package eu.twinninghub.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** REST Assured calls as the demo users or anonymously, and the check every refusal must pass. */
public final class Calls {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_TYPES = "https://twinninghub.eu/problems/";

    private Calls() {
    }

    /** A JSON request with a real token of the realm's demo {@code user}. */
    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** Asserts an RFC 9457 answer of {@code status} whose type ends in {@code type}, e.g. "stale-version". */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEM_TYPES + type));
    }
}
