package eu.twinninghub.e2e.edge;

import static eu.twinninghub.e2e.edge.Platform.VINNYTSIA;
import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import eu.twinninghub.e2e.E2ePlatform;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A service that dies: callers get a 503 problem at once, never a hang; the rest keeps working. */
class ServiceDownTest {

    private final E2ePlatform platform = E2ePlatform.get();

    @Test
    void aStoppedServiceIsA503WithinTheTimeoutAndTheDashboardShowsTheRest() {
        var services = platform.services;
        services.kill("matching");
        try {
            problem(anonymous().get("/api/v1/partnerships").then(), 503, "service-unavailable")
                    .time(lessThan(3_000L), TimeUnit.MILLISECONDS)
                    .header("Retry-After", notNullValue())
                    .body("detail", equalTo("matching did not answer: it is unreachable"));
            as("vinnytsia-admin").get("/api/v1/me/dashboard").then().statusCode(200)
                    .body("authority.id", equalTo(VINNYTSIA.toString()))
                    .body("unavailable", containsInAnyOrder("matches", "partnerships"));
            anonymous().get("/api/v1/needs").then().statusCode(200);
            // Calls keep failing fast: after enough failures the circuit opens and stops trying.
            for (int i = 0; i < 25; i++) {
                anonymous().get("/api/v1/partnerships").then().statusCode(503).time(lessThan(3_000L), TimeUnit.MILLISECONDS);
            }
            problem(anonymous().get("/api/v1/partnerships").then(), 503, "service-unavailable")
                    .body("detail", equalTo("matching is failing; calls to it are paused for a few seconds"));
        } finally {
            services.restart("matching");
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> anonymous().get("/api/v1/partnerships").statusCode() == 200);
    }

    @Test
    void aSearchWhileItsServiceIsDownIsA503AfterTheRetriesAndWorksOnceItIsBack() {
        var services = platform.services;
        services.kill("needs-offers");
        try {
            // The search is relayed without a thread of its own: its retries wait on a timer, and
            // each attempt still carries the caller's token.
            problem(as("vinnytsia-admin").get("/api/v1/needs?q=school").then(), 503, "service-unavailable")
                    .time(lessThan(3_000L), TimeUnit.MILLISECONDS)
                    .header("Retry-After", notNullValue())
                    .body("detail", equalTo("needs-offers did not answer: it is unreachable"));
            problem(anonymous().get("/api/v1/offers").then(), 503, "service-unavailable");
        } finally {
            services.restart("needs-offers");
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> as("vinnytsia-admin").get("/api/v1/needs?q=school").statusCode() == 200);
    }
}
