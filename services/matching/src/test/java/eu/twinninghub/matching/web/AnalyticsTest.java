package eu.twinninghub.matching.web;

import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.events.authority.AuthoritySuspended;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Alliance's figures for one oblast of this test's own, so that other tests' data cannot move
 * them: open needs with and without a proposal, hromadas with a partner (one imported), a suspended
 * hromada and its need left out, the partner country, and the same figures as CSV.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class AnalyticsTest {

    @BeforeEach
    void authoritiesAreKnown() {
        Feed.authorities();
    }

    @Test
    void anOblastsFiguresCountOnlyWhatIsPublic() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> monthBefore = anonymous().get("/api/v1/analytics/coverage").then().statusCode(200)
                .body("months", hasSize(12)).extract().path("months[-1]");
        UUID oblast = Feed.authority("OBLAST", "UA", "Coverage oblast " + run, null, null, 1_000_000);
        UUID town = Feed.authority("HROMADA", "UA", "Coverage town " + run, oblast, "urban", 40_000);
        UUID village = Feed.authority("HROMADA", "UA", "Coverage village " + run, oblast, "village", 3_000);
        UUID suspended = Feed.authority("HROMADA", "UA", "Coverage suspended " + run, oblast, "village", 2_000);
        UUID partnerTown = Feed.authority("MUNICIPALITY", "LT", "Coverage partner " + run, null, null, 30_000);
        UUID helper = Feed.authority("MUNICIPALITY", "LT", "Coverage helper " + run, null, null, 30_000);

        List<String> tags = List.of("museum archives " + run, "digitisation " + run);
        UUID proposedNeed = Feed.need(town, "culture-tourism", List.of("technical-assistance"), tags,
                "Digitise the museum archives " + run);
        Feed.offer(helper, "culture-tourism", List.of("technical-assistance"), tags, "Archive digitisation " + run, 2);
        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
        as("platform-admin").queryParam("need", proposedNeed).get("/api/v1/matches").then().statusCode(200)
                .body("items.need.itemId", hasItem(proposedNeed.toString()));
        Feed.need(village, "water-sanitation", List.of("equipment"), List.of("wells " + run), "Wells " + run);
        Feed.need(suspended, "water-sanitation", List.of("equipment"), List.of("pumps " + run), "Pumps " + run);
        Feed.publish(new AuthoritySuspended(suspended, "platform-admin", "impersonation report"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                KnownAuthority.<KnownAuthority>findById(suspended).verification == Verification.SUSPENDED));
        as("platform-admin").body(Map.of("source", "A network's list", "licence", "CC BY 4.0", "retrieved",
                        "2026-11-30", "rows", List.of(Map.of("hromadaName", "Coverage village " + run, "partnerName",
                                "Coverage partner " + run, "partnerCountry", "LT"))))
                .post("/api/v1/partnerships/imports").then().statusCode(200).body("matchedByName", equalTo(1));

        String row = "oblasts.find { it.oblastId == '" + oblast + "' }";
        anonymous().get("/api/v1/analytics/coverage").then().statusCode(200)
                .body("licence", startsWith("CC BY 4.0"))
                .body(row + ".openNeeds", equalTo(2))
                .body(row + ".needsWithProposal", equalTo(1))
                .body(row + ".needsInPartnership", equalTo(0))
                .body(row + ".medianDaysToFirstProposal", notNullValue())
                .body(row + ".hromadas", equalTo(2))
                .body(row + ".hromadasWithPartner", equalTo(1))
                .body("sectors.sector", hasItem("culture-tourism"))
                .body("hromadasBySize.settlementType", hasItem("village"))
                .body("partnerCountries.find { it.country == 'LT' }.partnerships", notNullValue());
        anonymous().get("/api/v1/analytics/coverage.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("level,id,name,open_needs,needs_with_proposal,needs_in_partnership"))
                .body(containsString("oblast," + oblast + ",Coverage oblast " + run + ",2,1,0,"));

        // This month: the two public needs, the proposal and the registered partnership (not the suspended need).
        Map<String, Object> month = anonymous().get("/api/v1/analytics/coverage").then().statusCode(200)
                .body("months[-1].month", equalTo(YearMonth.now(ZoneOffset.UTC).toString()))
                .extract().path("months[-1]");
        assertTrue((int) month.get("needsPublished") >= (int) monthBefore.get("needsPublished") + 2, month::toString);
        assertTrue((int) month.get("proposals") >= (int) monthBefore.get("proposals") + 1, month::toString);
        assertTrue((int) month.get("partnershipsRegistered") >= (int) monthBefore.get("partnershipsRegistered") + 1,
                month::toString);
        anonymous().get("/api/v1/analytics/trends.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("month,needs_published,proposals,partnerships_made,partnerships_registered"))
                .body(containsString("\n" + month.get("month") + "," + month.get("needsPublished") + ","));
    }
}
