package eu.twinninghub.matching.web;

import static eu.twinninghub.matching.web.Feed.AACHEN;
import static eu.twinninghub.matching.web.Feed.AHLEN;
import static eu.twinninghub.matching.web.Feed.VINNYTSIA;
import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.partnership.PartnershipMembershipChanged;
import eu.twinninghub.matching.engine.Scored;
import eu.twinninghub.matching.proposal.MatchBoard;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partnerships of several members on a side: a cluster's consents, invitations, leaving, coordination. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PartnershipMembersTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final List<String> MODES = List.of("technical-assistance", "equipment", "training");

    @Inject
    MatchBoard matches;

    @BeforeEach
    void authoritiesAreKnown() {
        Feed.authorities();
    }

    /** A cluster proposal as the allocation makes one: Vinnytsia's need, with an offer of Aachen and one of Ahlen. */
    private String clusterProposal() {
        UUID need = Feed.need("housing", MODES, List.of("roof repair"), "Roofs of 40 apartment blocks after shelling");
        UUID aachen = Feed.offer(AACHEN, "housing", List.of("technical-assistance"), List.of("roof repair"),
                "Structural engineers of our housing company", 1);
        UUID ahlen = Feed.offer(AHLEN, "housing", List.of("equipment", "training"), List.of("roof repair"),
                "Roofing materials and training for roofers", 1);
        return QuarkusTransaction.requiringNew().call(() -> matches.propose(need, VINNYTSIA,
                List.of(new Scored(aachen, 71), new Scored(ahlen, 64)), List.of(AACHEN, AHLEN), 74, true,
                (n, o) -> List.of()).id.toString());
    }

    @Test
    void aClusterProposalOfThreeBecomesOnePartnershipWithThreeConsents() {
        String match = clusterProposal();
        as("vinnytsia-admin").post("/api/v1/matches/" + match + "/accept").then().statusCode(200)
                .body("status", equalTo("PROPOSED"));
        as("ahlen-admin").post("/api/v1/matches/" + match + "/accept").then().statusCode(200)
                .body("status", equalTo("PROPOSED"));
        String partnership = as("aachen-admin").post("/api/v1/matches/" + match + "/accept").then().statusCode(200)
                .body("status", equalTo("AGREED")).extract().path("partnershipId");

        anonymous().get("/api/v1/partnerships/" + partnership).then().statusCode(200)
                .body("parties", hasSize(3))
                .body("parties.joinedAt", everyItem(notNullValue()))
                .body("parties.find { it.side == 'NEED' }.team", equalTo("RECEIVING"))
                .body("parties.find { it.side == 'NEED' }.coordinator", equalTo(true))
                .body("parties.findAll { it.team == 'SUPPORTING' }.authorityId",
                        containsInAnyOrder(AACHEN.toString(), AHLEN.toString()))
                // The best-fitting offer's authority coordinates the supporting side.
                .body("parties.find { it.authorityId == '" + AACHEN + "' }.coordinator", equalTo(true))
                .body("parties.find { it.authorityId == '" + AHLEN + "' }.coordinator", equalTo(false))
                .body("invited", hasSize(0))
                .body("former", hasSize(0));
    }

    @Test
    void membersJoinAndLeaveWithTheirOwnConsentAndTheHistoryStays() {
        String match = (String) MatchLifecycleTest.proposalFor("culture-tourism", "library archives").get("id");
        as("vinnytsia-admin").post("/api/v1/matches/" + match + "/accept").then().statusCode(200);
        String id = as("aachen-admin").post("/api/v1/matches/" + match + "/accept").then().statusCode(200)
                .extract().path("partnershipId");
        String members = "/api/v1/partnerships/" + id + "/members";

        // Only a team's coordinator invites to it, only what can be on it, only once at a time.
        problem(anonymous().body(Map.of("authorityId", AHLEN, "team", "SUPPORTING")).post(members).then(),
                401, "unauthenticated");
        problem(as("vinnytsia-admin").body(Map.of("authorityId", AHLEN, "team", "SUPPORTING")).post(members).then(),
                403, "forbidden");
        problem(as("vinnytsia-admin").body(Map.of("authorityId", AHLEN, "team", "RECEIVING")).post(members).then(),
                400, "validation").body("violations[0].field", equalTo("authorityId"))
                .body("violations[0].message", containsString("Ukrainian"));
        problem(as("aachen-admin").body(Map.of("authorityId", UUID.randomUUID(), "team", "SUPPORTING"))
                .post(members).then(), 400, "validation").body("violations[0].field", equalTo("authorityId"));
        problem(as("aachen-admin").body(Map.of("authorityId", AHLEN, "team", "HOSTS")).post(members).then(),
                400, "validation").body("violations[0].field", containsString("team"));
        as("aachen-admin").body(Map.of("authorityId", AHLEN, "team", "SUPPORTING")).post(members).then()
                .statusCode(200).body("invited.authorityId", equalTo(List.of(AHLEN.toString())))
                .body("invited[0].joinedAt", equalTo(null));
        problem(as("aachen-admin").body(Map.of("authorityId", AHLEN, "team", "SUPPORTING")).post(members).then(),
                409, "conflict").body("detail", containsString("invited already"));

        // Only Ahlen's own people say yes for Ahlen; an invitation is not a membership until then.
        problem(as("aachen-admin").post(members + "/" + AHLEN + "/consent").then(), 403, "forbidden");
        problem(as("ahlen-admin").body(Map.of("status", "MOU_SIGNED")).post("/api/v1/partnerships/" + id + "/status")
                .then(), 403, "forbidden");
        as("ahlen-admin").post(members + "/" + AHLEN + "/consent").then().statusCode(200)
                .body("parties", hasSize(3)).body("invited", hasSize(0))
                .body("parties.find { it.authorityId == '" + AHLEN + "' }.joinedAt", notNullValue());
        problem(as("ahlen-admin").post(members + "/" + AHLEN + "/consent").then(), 409, "conflict");

        // A coordinator hands over before leaving; the last member of a side cannot leave its side empty.
        String coordinators = "/api/v1/partnerships/" + id + "/coordinators/SUPPORTING";
        problem(as("aachen-admin").body(Map.of("reason", "Council budget cut")).post(members + "/" + AACHEN
                + "/departure").then(), 409, "conflict").body("detail", containsString("hand the coordination"));
        problem(as("aachen-admin").body(Map.of("authorityId", VINNYTSIA)).put(coordinators).then(), 400, "validation")
                .body("violations[0].field", equalTo("authorityId"));
        problem(as("ahlen-admin").body(Map.of("authorityId", AHLEN)).put(coordinators).then(), 403, "forbidden");
        as("aachen-admin").body(Map.of("authorityId", AHLEN)).put(coordinators).then().statusCode(200)
                .body("parties.find { it.authorityId == '" + AHLEN + "' }.coordinator", equalTo(true))
                .body("parties.find { it.authorityId == '" + AACHEN + "' }.coordinator", equalTo(false));
        problem(as("aachen-admin").body(Map.of()).post(members + "/" + AACHEN + "/departure").then(),
                400, "validation").body("violations[0].field", containsString("reason"));
        as("aachen-admin").body(Map.of("reason", "Council budget cut")).post(members + "/" + AACHEN + "/departure")
                .then().statusCode(200)
                .body("parties.authorityId", containsInAnyOrder(AHLEN.toString(), VINNYTSIA.toString()))
                .body("former[0].authorityId", equalTo(AACHEN.toString()))
                .body("former[0].leftReason", equalTo("Council budget cut"));
        problem(as("aachen-admin").body(Map.of("text", "still here?")).post("/api/v1/partnerships/" + id + "/updates")
                .then(), 403, "forbidden");
        problem(as("ahlen-admin").body(Map.of("reason", "alone")).post(members + "/" + AHLEN + "/departure").then(),
                409, "conflict").body("detail", containsString("last member"));

        // A hromada of the oblast is asked to the receiving side, and declines: that stays in the history.
        UUID neighbour = Feed.authority("HROMADA", "UA", "Tyvriv", Feed.VINNYTSIA_OBLAST, "settlement", 19_000);
        as("vinnytsia-admin").body(Map.of("authorityId", neighbour, "team", "RECEIVING")).post(members).then()
                .statusCode(200);
        as(RealmUsers.adminOf(neighbour, "uk")).body(Map.of("reason", "Немає людей для цієї роботи"))
                .post(members + "/" + neighbour + "/departure").then().statusCode(200)
                .body("invited", hasSize(0)).body("former", hasSize(2));

        List<String> changes = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.MATCHES,
                        r -> r.key().equals(id) && CODEC.fromRecord(r).data() instanceof PartnershipMembershipChanged, 6,
                        Duration.ofSeconds(30)).stream()
                .map(r -> (PartnershipMembershipChanged) CODEC.fromRecord(r).data())
                .map(change -> change.change() + " " + change.authorityId() + " " + change.members().size()).toList();
        assertEquals(List.of("INVITED " + AHLEN + " 2", "JOINED " + AHLEN + " 3", "COORDINATOR " + AHLEN + " 3",
                "LEFT " + AACHEN + " 2", "INVITED " + neighbour + " 2", "DECLINED " + neighbour + " 2"),
                changes.subList(0, 6));
    }
}
