package eu.twinninghub.gateway;

import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.hamcrest.Matchers.notNullValue;

import eu.twinninghub.testing.KeycloakTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client over its budget gets 429 with Retry-After; another client is not held back by it. Only
 * the taxonomy is called (the gateway serves it itself), so no service is needed.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Tight.class)
@WithTestResource(KeycloakTestResource.class)
class RateLimitTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twinning.rate-limit.requests-per-second", "1", "twinning.rate-limit.burst", "5");
        }
    }

    /** Callers behind a trusted proxy (here the test's own address) have budgets of their own. */
    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twinning.rate-limit.requests-per-second", "1", "twinning.rate-limit.burst", "5",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void aClientOverItsBudgetWaitsAndOthersDoNot() {
        for (int i = 0; i < 5; i++) {
            as("ahlen-admin").get("/api/v1/taxonomy").then().statusCode(200);
        }
        problem(as("ahlen-admin").get("/api/v1/taxonomy").then(), 429, "rate-limited")
                .header("Retry-After", notNullValue());
        as("aachen-admin").get("/api/v1/taxonomy").then().statusCode(200);
        anonymous().get("/api/v1/taxonomy").then().statusCode(200);
    }

    /** Not from a trusted proxy: a caller cannot buy a fresh budget by making up X-Forwarded-For. */
    @Test
    void aForwardedForHeaderFromAnUntrustedAddressIsIgnored() {
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            if (anonymous().header("X-Forwarded-For", "203.0.113." + i).get("/api/v1/taxonomy").statusCode() == 429) {
                refused++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(refused > 0, "every made-up address got a budget of its own");
    }
}
