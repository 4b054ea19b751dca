package eu.twinninghub.gateway;

import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.testing.KeycloakTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A client over its budget gets 429 with Retry-After; another client is not held back by it. Only
 * the taxonomy is called (the gateway serves it itself), so no service is needed.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Tight.class)
@WithTestResource(KeycloakTestResource.class)
class RateLimitTest {

    static final int RATE = 1;
    static final int BURST = 5;

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twinning.rate-limit.requests-per-second", String.valueOf(RATE),
                    "twinning.rate-limit.burst", String.valueOf(BURST));
        }
    }

    /** Callers behind a trusted proxy (here the test's own address) have budgets of their own. */
    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twinning.rate-limit.requests-per-second", String.valueOf(RATE),
                    "twinning.rate-limit.burst", String.valueOf(BURST),
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void aClientOverItsBudgetWaitsAndOthersDoNot() {
        problem(spendUntilRefused(() -> as("ahlen-admin").get("/api/v1/taxonomy")), 429, "rate-limited")
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
        assertTrue(refused > 0, "every made-up address got a budget of its own");
    }

    /**
     * Calls until the budget refuses. The bucket refills while the calls run, so on a slow machine
     * the sixth call may still pass: what must hold is that no more calls pass than the burst plus
     * what the elapsed time refilled. Answers the refusal.
     */
    static ValidatableResponse spendUntilRefused(Supplier<Response> call) {
        long started = System.nanoTime();
        int passed = 0;
        Response answer;
        while ((answer = call.get()).statusCode() == 200) {
            passed++;
            double refilled = (System.nanoTime() - started) / 1e9 * RATE;
            assertTrue(passed <= BURST + Math.ceil(refilled), passed + " calls passed a budget of " + BURST
                    + " plus " + refilled + " refilled");
        }
        assertTrue(passed >= BURST, "refused after " + passed + " calls, before the burst of " + BURST + " was spent");
        return answer.then();
    }
}
