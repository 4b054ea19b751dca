package eu.twinninghub.matching.web;

import static eu.twinninghub.matching.web.Feed.AACHEN;
import static eu.twinninghub.matching.web.Feed.VINNYTSIA;
import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.authority.AuthoritySuspended;
import eu.twinninghub.events.authority.AuthorityVerified;
import eu.twinninghub.events.match.MatchAccepted;
import eu.twinninghub.events.match.MatchDeclined;
import eu.twinninghub.events.match.MatchProposed;
import eu.twinninghub.events.partnership.PartnershipEstablished;
import eu.twinninghub.matching.proposal.MatchBoard;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A proposal from the engine to a partnership, through the REST API with real tokens: who may
 * answer, what each answer does, the refusals, and the events, each once.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class MatchLifecycleTest {

    private static final EventCodec CODEC = new EventCodec();

    @Inject
    DataSource dataSource;

    @Inject
    MatchBoard board;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void authoritiesAreKnown() {
        Feed.authorities();
    }

    /** Publishes a need and a fitting offer, runs the allocation and answers the proposal for the need. */
    static Map<String, Object> proposalFor(String sector, String tag) {
        UUID need = Feed.need(sector, List.of("technical-assistance", "equipment"), List.of(tag),
                "Restore the " + tag + " after shelling");
        Feed.offer(sector, List.of("technical-assistance", "equipment"), List.of(tag), "Our " + tag + " engineers", 2);
        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200)
                .body("proposed", greaterThanOrEqualTo(1));
        return as("vinnytsia-admin").queryParam("need", need).get("/api/v1/matches").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0]");
    }

    @Test
    void bothSidesAcceptAndThePartnershipIsEstablishedOnce() {
        Map<String, Object> match = proposalFor("energy", "district heating");
        String id = (String) match.get("id");
        UUID need = UUID.fromString((String) ((Map<?, ?>) match.get("need")).get("itemId"));
        as("aachen-admin").get("/api/v1/matches/" + id).then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("need.authorityId", equalTo(VINNYTSIA.toString()))
                .body("offers[0].authorityId", equalTo(AACHEN.toString()))
                .body("offers[0].explanation.criterion", hasItem("SECTOR"))
                .body("offers[0].explanation.find { it.criterion == 'SECTOR' }.points", equalTo(25.0f))
                .body("offers[0].explanation.find { it.criterion == 'SUPPORT_MODE' }.reason", containsString("100%"))
                .body("offers[0].explanation.find { it.criterion == 'SUPPORT_MODE' }.code", equalTo("support.share"))
                .body("offers[0].explanation.find { it.criterion == 'SUPPORT_MODE' }.params.percent", equalTo("100"));
        // The reasons in the reader's language; the codes as they are.
        as("vinnytsia-admin").header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5").get("/api/v1/matches/" + id).then()
                .statusCode(200)
                .body("offers[0].explanation.find { it.criterion == 'SUPPORT_MODE' }.reason",
                        containsString("пропонується"))
                .body("offers[0].explanation.find { it.criterion == 'SUPPORT_MODE' }.code", equalTo("support.share"));
        as("vinnytsia-admin").header("Accept-Language", "not a language;;q=x").get("/api/v1/matches/" + id).then()
                .statusCode(200)
                .body("offers[0].explanation.find { it.criterion == 'SUPPORT_MODE' }.reason", containsString("100%"));

        problem(anonymous().get("/api/v1/matches/" + id).then(), 401, "unauthenticated");
        problem(as("auc-coordinator").post("/api/v1/matches/" + id + "/accept").then(), 404, "not-found");

        as("vinnytsia-admin").post("/api/v1/matches/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("need.acceptedAt", notNullValue())
                .body("offers[0].acceptedAt", nullValue());
        problem(as("vinnytsia-admin").post("/api/v1/matches/" + id + "/accept").then(), 409, "conflict")
                .body("detail", containsString("accepted already"));

        String partnership = as("aachen-admin").post("/api/v1/matches/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("AGREED"))
                .body("partnershipId", notNullValue())
                .extract().path("partnershipId");
        problem(as("aachen-admin").post("/api/v1/matches/" + id + "/accept").then(), 409, "conflict")
                .body("detail", containsString("AGREED"));

        // The side the work is for first, each side's coordinator first.
        anonymous().get("/api/v1/partnerships/" + partnership).then().statusCode(200)
                .body("status", equalTo("ESTABLISHED"))
                .body("themes", equalTo(List.of("energy")))
                .body("parties.side", equalTo(List.of("NEED", "OFFER")))
                .body("parties.find { it.side == 'NEED' }.officialCode", equalTo("UA05020030000031457"));

        var events = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.MATCHES,
                r -> r.key().equals(id) || r.key().equals(partnership), 4, Duration.ofSeconds(30));
        List<Object> data = events.stream().map(r -> (Object) CODEC.fromRecord(r).data()).toList();
        assertEquals(1, data.stream().filter(d -> d instanceof MatchProposed).count());
        // The reasons travel as codes (each reader, a partner's webhook too, words them in its own language).
        MatchProposed proposed = (MatchProposed) data.stream().filter(d -> d instanceof MatchProposed).findFirst()
                .orElseThrow();
        assertEquals(List.of("sector.exact"), proposed.reasons().get(0).reasons().stream()
                .filter(r -> r.criterion().equals("SECTOR")).map(r -> r.code()).toList());
        assertEquals(25.0, proposed.reasons().get(0).reasons().stream().filter(r -> r.criterion().equals("SECTOR"))
                .findFirst().orElseThrow().points());
        assertEquals(2, data.stream().filter(d -> d instanceof MatchAccepted).count());
        assertTrue(data.stream().anyMatch(d -> d instanceof MatchAccepted a && a.agreed()));
        PartnershipEstablished established = data.stream().filter(d -> d instanceof PartnershipEstablished)
                .map(d -> (PartnershipEstablished) d).findFirst().orElseThrow();
        assertEquals(need, established.need().itemId());

        problem(as("platform-admin").get("/api/v1/matching/needs/" + need + "/candidates").then(), 404, "not-found");
    }

    @Test
    void aSuspendedSideHoldsItsProposalsAndLeavesMatchingUntilReinstated() throws Exception {
        Map<String, Object> match = proposalFor("education", "school buses");
        String id = (String) match.get("id");
        String need = (String) ((Map<?, ?>) match.get("need")).get("itemId");
        String offer = (String) ((Map<?, ?>) ((List<?>) match.get("offers")).get(0)).get("itemId");
        String candidates = "/api/v1/matching/needs/" + need + "/candidates";
        Instant answerBy = Instant.parse((String) match.get("expiresAt"));
        Feed.publish(new AuthoritySuspended(AACHEN, "platform-admin", "impersonation reported"));
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("vinnytsia-admin").get(candidates).then()
                    .statusCode(200).body("itemId", not(hasItem(offer))));
            as("vinnytsia-admin").get("/api/v1/matches/" + id).then().statusCode(200)
                    .body("heldSince", notNullValue()).body("status", equalTo("PROPOSED"));
            problem(as("vinnytsia-admin").post("/api/v1/matches/" + id + "/accept").then(), 409, "conflict")
                    .body("detail", containsString("held"));
            problem(as("aachen-admin").post("/api/v1/matches/" + id + "/accept").then(), 403, "authority-suspended");
            // Its time to answer runs out while it is held: it does not expire.
            setExpiry(id, Instant.now().minus(Duration.ofMinutes(1)));
            board.expireOverdue();
            as("vinnytsia-admin").get("/api/v1/matches/" + id).then().body("status", equalTo("PROPOSED"));
            setExpiry(id, answerBy);
        } finally {
            Feed.publish(new AuthorityVerified(AACHEN, "platform-admin", "reinstated after review"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("vinnytsia-admin").get(candidates).then()
                .statusCode(200).body("itemId", hasItem(offer)));
        // Released, with the held time given back.
        Map<String, Object> released = as("vinnytsia-admin").get("/api/v1/matches/" + id).then().statusCode(200)
                .body("heldSince", nullValue()).extract().path("$");
        assertTrue(Instant.parse((String) released.get("expiresAt")).isAfter(answerBy), released.toString());
        as("vinnytsia-admin").post("/api/v1/matches/" + id + "/accept").then().statusCode(200);
        as("aachen-admin").post("/api/v1/matches/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("AGREED"));
    }

    private void setExpiry(String match, Instant at) throws Exception {
        try (Connection connection = dataSource.getConnection();
             var update = connection.prepareStatement("update match set expires_at = ? where id = ?")) {
            update.setObject(1, java.sql.Timestamp.from(at));
            update.setObject(2, UUID.fromString(match));
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void aDeclinedPairIsNeverProposedAgain() {
        Map<String, Object> match = proposalFor("water-sanitation", "pumping stations");
        String id = (String) match.get("id");
        String need = (String) ((Map<?, ?>) match.get("need")).get("itemId");

        problem(as("aachen-admin").body("{}").post("/api/v1/matches/" + id + "/decline").then(), 400,
                "validation").body("violations[0].field", equalTo("reason"));
        as("aachen-admin").body(Map.of("reason", "Our engineers are all in Kharkiv until spring"))
                .post("/api/v1/matches/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("Our engineers are all in Kharkiv until spring"));
        problem(as("vinnytsia-admin").post("/api/v1/matches/" + id + "/accept").then(), 409, "conflict")
                .body("detail", containsString("DECLINED"));

        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
        String offer = (String) ((Map<?, ?>) ((List<?>) match.get("offers")).get(0)).get("itemId");
        as("vinnytsia-admin").queryParam("need", need).queryParam("offer", offer).get("/api/v1/matches").then()
                .statusCode(200).body("items", hasSize(1));
        var declined = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.MATCHES,
                r -> r.key().equals(id) && CODEC.fromRecord(r).data() instanceof MatchDeclined, 1,
                Duration.ofSeconds(30));
        assertEquals(1, declined.size());
    }

    @Test
    void oneAllocationRunsAtATimeAcrossReplicas() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var statement = other.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + 0x7477696e6e696e67L + ")");
            }
            problem(as("platform-admin").post("/api/v1/matching/allocation").then(), 409, "conflict")
                    .body("detail", containsString("another replica"));
            other.rollback();
        }
        long before = meters.timer("twinning.matching.allocation").count();
        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
        assertEquals(before + 1, meters.timer("twinning.matching.allocation").count(), "each allocation is timed");
    }

    @Test
    void aRegionsOfferGetsSeveralHromadasOfTheOblastItFitsBest() {
        UUID poltava = UUID.randomUUID();
        UUID sumy = UUID.randomUUID();
        List<String> modes = List.of("capacity-building", "peer-exchange");
        List<String> tags = List.of("agricultural cooperatives");
        for (int i = 0; i < 3; i++) {
            UUID hromada = Feed.authority("HROMADA", "UA", "Poltava hromada " + i, poltava, "village", 6_000L);
            Feed.need(hromada, "agriculture", modes, tags, "Agricultural cooperatives for small farmers " + i);
        }
        UUID lone = Feed.authority("HROMADA", "UA", "Sumy hromada", sumy, "village", 6_000L);
        Feed.need(lone, "agriculture", modes, tags, "Agricultural cooperatives");
        UUID region = Feed.authority("REGION", "PL", "Wielkopolska", null, null, 3_500_000L);
        UUID offer = Feed.offer(region, "agriculture", modes, tags, "Our agricultural cooperatives network", 5);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                anonymous().queryParam("size", 3).get("/api/v1/matching/offers/" + offer + "/regional-cluster").then()
                        .statusCode(200)
                        .body("oblast", equalTo(poltava.toString()))
                        .body("needs", hasSize(3))
                        .body("needs[0].explanation", hasSize(10)));
        UUID town = Feed.offer("agriculture", modes, tags, "Aachen's farmers", 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                anonymous().get("/api/v1/matching/offers/" + town + "/regional-cluster").then().statusCode(200)
                        .body("oblast", nullValue()).body("needs", hasSize(0)));
        problem(anonymous().queryParam("size", 1).get("/api/v1/matching/offers/" + offer + "/regional-cluster")
                .then(), 400, "validation").body("violations[0].field", equalTo("size"));

        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
        as("platform-admin").queryParam("offer", offer).get("/api/v1/matches").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.cluster", everyItem(equalTo(true)))
                .body("items.need.authorityId", everyItem(not(equalTo(lone.toString()))));
    }

    @Test
    void offersWhosePlacesArePendingDoNotCrowdOutOneThatCanStillTakeANeed() {
        List<String> both = List.of("technical-assistance", "equipment");
        String tag = "flood barriers " + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> taken = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Feed.need("environment", both, List.of(tag), "Mobile " + tag);
            taken.add(Feed.offer("environment", both, List.of(tag), "Mobile " + tag, 1));
        }
        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
        for (UUID offer : taken) {
            as("platform-admin").queryParam("offer", offer).queryParam("status", "PROPOSED").get("/api/v1/matches")
                    .then().statusCode(200).body("items", hasSize(1));
        }

        // The ten full offers fit the new need better than the one with a free place, and have none left.
        UUID need = Feed.need("environment", both, List.of(tag), "Mobile " + tag);
        UUID free = Feed.offer("environment", List.of("technical-assistance"), List.of(tag), "Mobile " + tag, 1);
        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
        as("vinnytsia-admin").queryParam("need", need).get("/api/v1/matches").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].offers[0].itemId", equalTo(free.toString()));
    }

    @Test
    void onlyAPlatformAdminRunsTheAllocation() {
        problem(as("vinnytsia-admin").post("/api/v1/matching/allocation").then(), 403, "forbidden");
        problem(anonymous().post("/api/v1/matching/allocation").then(), 401, "unauthenticated");
    }

    @Test
    void candidatesAreExplainedAndRefusalsNameTheField() {
        UUID need = Feed.need("health", List.of("equipment"), List.of("ambulances"), "Ambulances for the hromada");
        Feed.offer("health", List.of("equipment"), List.of("ambulances"), "Two ambulances and paramedic training", 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                anonymous().get("/api/v1/matching/needs/" + need + "/candidates").then().statusCode(200)
                        .body("size()", greaterThanOrEqualTo(1))
                        .body("[0].explanation", hasSize(10)));
        problem(anonymous().queryParam("limit", 0).get("/api/v1/matching/needs/" + need + "/candidates").then(), 400,
                "validation").body("violations[0].field", equalTo("limit"));
        problem(anonymous().get("/api/v1/matching/needs/not-a-uuid/candidates").then(), 404, "not-found");
        problem(anonymous().get("/api/v1/matching/offers/" + UUID.randomUUID() + "/candidates").then(), 404,
                "not-found");
        problem(as("vinnytsia-admin").queryParam("status", "MAYBE").get("/api/v1/matches").then(), 400, "validation")
                .body("violations[0].field", equalTo("status"));
        problem(as("vinnytsia-admin").queryParam("cursor", "nonsense").get("/api/v1/matches").then(), 400,
                "validation").body("violations[0].field", equalTo("cursor"));
    }
}
