package eu.twinninghub.gateway;

import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.problem;

import eu.twinninghub.testing.KeycloakTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * Behind the ingress every anonymous caller comes from its address: the budget must follow the
 * caller the trusted proxy names, or one caller would use up everyone's.
 */
@QuarkusTest
@TestProfile(RateLimitTest.BehindTrustedProxy.class)
@WithTestResource(KeycloakTestResource.class)
class TrustedProxyRateLimitTest {

    @Test
    void callersBehindATrustedProxyHaveBudgetsOfTheirOwn() {
        problem(RateLimitTest.spendUntilRefused(() -> anonymous().header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/taxonomy")), 429, "rate-limited");
        anonymous().header("X-Forwarded-For", "203.0.113.8").get("/api/v1/taxonomy").then().statusCode(200);
    }
}
