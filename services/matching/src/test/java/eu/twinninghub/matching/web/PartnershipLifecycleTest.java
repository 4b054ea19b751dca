package eu.twinninghub.matching.web;

import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.partnership.PartnershipCancelled;
import eu.twinninghub.events.partnership.PartnershipCompleted;
import eu.twinninghub.events.partnership.PartnershipDormant;
import eu.twinninghub.matching.events.OpenNeed;
import eu.twinninghub.matching.events.OpenOffer;
import eu.twinninghub.matching.partnership.Partnership;
import eu.twinninghub.matching.partnership.PartnershipBoard;
import eu.twinninghub.matching.partnership.PartnershipStatus;
import eu.twinninghub.matching.proposal.Match;
import eu.twinninghub.matching.proposal.MatchBoard;
import eu.twinninghub.matching.proposal.MatchStatus;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A partnership's steps, progress and end, as its parties record them; and what time does to matches and partnerships. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PartnershipLifecycleTest {

    private static final EventCodec CODEC = new EventCodec();

    @Inject
    PartnershipBoard partnerships;

    @Inject
    MatchBoard matches;

    @BeforeEach
    void authoritiesAreKnown() {
        Feed.authorities();
    }

    private static String established(String sector, String tag) {
        Map<String, Object> match = MatchLifecycleTest.proposalFor(sector, tag);
        String id = (String) match.get("id");
        as("vinnytsia-admin").post("/api/v1/matches/" + id + "/accept").then().statusCode(200);
        return as("aachen-admin").post("/api/v1/matches/" + id + "/accept").then().statusCode(200)
                .extract().path("partnershipId");
    }

    /** Through the memorandum and the ministry's approval to ACTIVE, as a hromada records them. */
    private static void active(String id) {
        step("vinnytsia-admin", id, "MOU_SIGNED", null);
        step("vinnytsia-admin", id, "AGREEMENT_APPROVED", null);
        step("vinnytsia-admin", id, "ACTIVE", null);
    }

    /** The silence clock put back past the 90 days after which a partnership is dormant. */
    private static void silentForNinetyOneDays(String id) {
        QuarkusTransaction.requiringNew().run(() -> Partnership.<Partnership>findById(UUID.fromString(id))
                .lastProgressAt = Instant.now().minus(Duration.ofDays(91)));
    }

    private static void step(String user, String partnership, String status, String date) {
        as(user).body(date == null ? Map.of("status", status) : Map.of("status", status, "date", date))
                .post("/api/v1/partnerships/" + partnership + "/status").then().statusCode(200)
                .body("status", equalTo(status));
    }

    @Test
    void anInternationalPartnershipNeedsTheMinistrysApprovalBeforeItStarts() {
        String id = established("transport", "trolleybuses");
        problem(as("vinnytsia-admin").body(Map.of("status", "ACTIVE")).post("/api/v1/partnerships/" + id + "/status")
                .then(), 409, "conflict").body("detail", containsString("ESTABLISHED"));
        step("vinnytsia-admin", id, "MOU_SIGNED", "2026-11-20");
        problem(as("aachen-admin").body(Map.of("status", "ACTIVE")).post("/api/v1/partnerships/" + id + "/status")
                .then(), 409, "conflict").body("detail", containsString("AGREEMENT_APPROVED"));
        step("vinnytsia-admin", id, "AGREEMENT_APPROVED", "2026-11-21");
        step("aachen-admin", id, "ACTIVE", null);
        problem(as("aachen-admin").body(Map.of("status", "ACTIVE", "date", "2099-01-01"))
                .post("/api/v1/partnerships/" + id + "/status").then(), 409, "conflict");
        problem(as("aachen-admin").body(Map.of("status", "FINISHED")).post("/api/v1/partnerships/" + id + "/status")
                .then(), 400, "validation").body("violations[0].field", equalTo("status"));
        problem(as("auc-coordinator").body(Map.of("status", "COMPLETED"))
                .post("/api/v1/partnerships/" + id + "/status").then(), 403, "forbidden");
        problem(anonymous().body(Map.of("status", "COMPLETED")).post("/api/v1/partnerships/" + id + "/status").then(),
                401, "unauthenticated");

        anonymous().get("/api/v1/partnerships/" + id).then().statusCode(200)
                .body("mouSignedOn", equalTo("2026-11-20"))
                .body("agreementApprovedOn", equalTo("2026-11-21"));

        as("vinnytsia-admin").body(Map.of("text", "First study visit: six engineers spent a week in Aachen"))
                .post("/api/v1/partnerships/" + id + "/updates").then().statusCode(200)
                .body("updates", hasSize(1))
                .body("updates[0].authorityId", equalTo(Feed.VINNYTSIA.toString()));
        problem(as("vinnytsia-admin").body(Map.of("text", " ")).post("/api/v1/partnerships/" + id + "/updates").then(),
                400, "validation").body("violations[0].field", equalTo("text"));

        long version = ((Number) anonymous().get("/api/v1/partnerships/" + id).then().extract().path("version"))
                .longValue();
        as("aachen-admin").body(Map.of("goals", "Two trolleybus lines back in service", "themes",
                        List.of("transport", "energy"), "startDate", "2026-12-01", "endDate", "2027-12-01",
                        "version", version))
                .put("/api/v1/partnerships/" + id + "/plan").then().statusCode(200)
                .body("themes", equalTo(List.of("transport", "energy")));
        problem(as("aachen-admin").body(Map.of("themes", List.of("transport"), "version", version))
                .put("/api/v1/partnerships/" + id + "/plan").then(), 409, "stale-version");
        problem(as("aachen-admin").body(Map.of("themes", List.of("spaceflight"), "version", version + 1))
                .put("/api/v1/partnerships/" + id + "/plan").then(), 400, "validation")
                .body("violations[0].field", equalTo("themes[0]"));

        UUID offer = QuarkusTransaction.requiringNew().call(() -> Partnership.<Partnership>findById(UUID.fromString(id))
                .offerParties().get(0).itemId);
        int partners = QuarkusTransaction.requiringNew().call(() -> OpenOffer.<OpenOffer>findById(offer).partners);
        step("aachen-admin", id, "COMPLETED", null);
        assertEquals(partners - 1, QuarkusTransaction.requiringNew().call(
                () -> OpenOffer.<OpenOffer>findById(offer).partners), "the place is free again");
        problem(as("aachen-admin").body(Map.of("status", "CANCELLED", "reason", "late"))
                .post("/api/v1/partnerships/" + id + "/status").then(), 409, "conflict")
                .body("detail", containsString("final"));
        var completed = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.MATCHES,
                r -> r.key().equals(id) && CODEC.fromRecord(r).data() instanceof PartnershipCompleted, 1,
                Duration.ofSeconds(30));
        assertEquals(1, completed.size());
    }

    @Test
    void aCancelledPartnershipReopensItsNeedAndNeedsAReason() {
        String id = established("education", "school shelters");
        problem(as("vinnytsia-admin").body(Map.of("status", "CANCELLED")).post("/api/v1/partnerships/" + id + "/status")
                .then(), 400, "validation").body("violations[0].field", equalTo("reason"));
        as("vinnytsia-admin").body(Map.of("status", "CANCELLED", "reason", "The school was rebuilt by the state"))
                .post("/api/v1/partnerships/" + id + "/status").then().statusCode(200)
                .body("endReason", equalTo("The school was rebuilt by the state"));
        UUID need = QuarkusTransaction.requiringNew().call(() -> Partnership.<Partnership>findById(UUID.fromString(id))
                .needId);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> OpenNeed.<OpenNeed>findById(need).open));
        var cancelled = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.MATCHES,
                r -> r.key().equals(id) && CODEC.fromRecord(r).data() instanceof PartnershipCancelled, 1,
                Duration.ofSeconds(30));
        assertEquals(1, cancelled.size());
    }

    @Test
    void silenceMakesAPartnershipDormantOnceAndAnUpdateWakesIt() {
        String id = established("digital", "e-services");
        active(id);
        silentForNinetyOneDays(id);
        assertTrue(partnerships.markDormant() >= 1);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Partnership.count(
                "id = ?1 and status <> ?2", UUID.fromString(id),
                PartnershipStatus.DORMANT)));
        partnerships.markDormant();
        var reminders = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.MATCHES,
                r -> r.key().equals(id) && CODEC.fromRecord(r).data() instanceof PartnershipDormant, 2,
                Duration.ofSeconds(10));
        assertEquals(1, reminders.size(), "one reminder per silence");
        as("aachen-admin").body(Map.of("text", "Portal migrated")).post("/api/v1/partnerships/" + id + "/updates")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void partnersWhoWriteToEachOtherAreNotSilent() {
        String id = established("economy", "business incubators");
        active(id);
        silentForNinetyOneDays(id);
        partnerships.markDormant();
        anonymous().get("/api/v1/partnerships/" + id).then().body("status", equalTo("DORMANT"));

        UUID offer = Feed.offer("economy", List.of("peer-exchange"), List.of("incubator mentors"),
                "Mentors of Aachen's start-up centre", 1);
        String conversation = as("vinnytsia-admin").body(Map.of("subjectKind", "OFFER", "subjectId", offer.toString(),
                        "text", "Чи можуть ваші наставники приїхати навесні?", "language", "uk"))
                .post("/api/v1/conversations").then().statusCode(201).extract().path("id");
        anonymous().get("/api/v1/partnerships/" + id).then().body("status", equalTo("ACTIVE"));
        Instant since = QuarkusTransaction.requiringNew().call(() ->
                Partnership.<Partnership>findById(UUID.fromString(id)).lastProgressAt);
        assertTrue(since.isAfter(Instant.now().minus(Duration.ofMinutes(1))), "the message restarted the clock");

        // A message of one member to someone outside is no sign of this partnership's life; the answer is.
        silentForNinetyOneDays(id);
        partnerships.markDormant();
        QuarkusTransaction.requiringNew().run(() -> partnerships.talked(Feed.VINNYTSIA, Feed.AHLEN, Instant.now()));
        anonymous().get("/api/v1/partnerships/" + id).then().body("status", equalTo("DORMANT"));
        as("aachen-admin").body(Map.of("text", "Ja, im April.", "language", "de"))
                .post("/api/v1/conversations/" + conversation + "/messages").then().statusCode(200);
        anonymous().get("/api/v1/partnerships/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void membersRecordMilestonesWithTheirDayAndLinkAndAMilestoneWakesADormantPartnership() {
        String id = established("governance", "open budgets");
        String milestones = "/api/v1/partnerships/" + id + "/milestones";
        // The memorandum recorded as a milestone is the step as well.
        as("vinnytsia-admin").body(Map.of("kind", "MOU_SIGNED", "date", "2026-11-02",
                        "link", "https://www.vmr.gov.ua/"))
                .post(milestones).then().statusCode(200)
                .body("status", equalTo("MOU_SIGNED"))
                .body("mouSignedOn", equalTo("2026-11-02"))
                .body("milestones.kind", equalTo(List.of("MOU_SIGNED")))
                .body("milestones[0].link", equalTo("https://www.vmr.gov.ua/"))
                .body("milestones[0].authorityId", equalTo(Feed.VINNYTSIA.toString()));
        as("aachen-admin").body(Map.of("kind", "FIRST_VISIT", "date", "2026-10-20")).post(milestones).then()
                .statusCode(200).body("milestones.kind", equalTo(List.of("FIRST_VISIT", "MOU_SIGNED")));
        problem(as("aachen-admin").body(Map.of("kind", "FIRST_VISIT", "date", "2026-11-20")).post(milestones).then(),
                409, "conflict").body("detail", containsString("FIRST_VISIT"));
        problem(as("aachen-admin").body(Map.of("kind", "RESULTS_REPORTED", "date", "2099-01-01")).post(milestones)
                .then(), 400, "validation").body("violations[0].field", equalTo("date"));
        problem(as("aachen-admin").body(Map.of("kind", "RESULTS_REPORTED", "date", "2026-11-20",
                        "link", "javascript:alert(1)")).post(milestones).then(), 400, "validation")
                .body("violations[0].field", containsString("link"));
        problem(as("aachen-admin").body(Map.of("kind", "PARTY", "date", "2026-11-20")).post(milestones).then(),
                400, "validation").body("violations[0].field", containsString("kind"));
        problem(as("auc-coordinator").body(Map.of("kind", "RESULTS_REPORTED", "date", "2026-11-20")).post(milestones)
                .then(), 403, "forbidden");
        problem(anonymous().body(Map.of("kind", "RESULTS_REPORTED", "date", "2026-11-20")).post(milestones).then(),
                401, "unauthenticated");

        step("vinnytsia-admin", id, "AGREEMENT_APPROVED", null);
        step("vinnytsia-admin", id, "ACTIVE", null);
        silentForNinetyOneDays(id);
        partnerships.markDormant();
        anonymous().get("/api/v1/partnerships/" + id).then().body("status", equalTo("DORMANT"));
        as("aachen-admin").body(Map.of("kind", "JOINT_PROJECT_STARTED", "date", "2026-12-01")).post(milestones).then()
                .statusCode(200).body("status", equalTo("ACTIVE"))
                .body("milestones.kind", equalTo(List.of("FIRST_VISIT", "MOU_SIGNED", "JOINT_PROJECT_STARTED")));

        long version = ((Number) anonymous().get("/api/v1/partnerships/" + id).then().extract().path("version"))
                .longValue();
        problem(as("aachen-admin").body(Map.of("themes", List.of("governance"), "dreamProjectId", "no spaces allowed",
                "version", version)).put("/api/v1/partnerships/" + id + "/plan").then(), 400, "validation")
                .body("violations[0].field", containsString("dreamProjectId"));
        problem(as("aachen-admin").body(Map.of("themes", List.of("governance"), "fundingProgrammes",
                        List.of("u-lead", "a-fund-nobody-runs"), "version", version))
                .put("/api/v1/partnerships/" + id + "/plan").then(), 400, "validation")
                .body("violations[0].field", equalTo("fundingProgrammes[1]"));
        as("aachen-admin").body(Map.of("themes", List.of("governance"), "fundingProgrammes", List.of("u-lead"),
                        "dreamProjectId", "TEST-DREAM-1", "version", version))
                .put("/api/v1/partnerships/" + id + "/plan").then().statusCode(200)
                .body("dreamProjectId", equalTo("TEST-DREAM-1"))
                .body("fundingProgrammes.id", equalTo(List.of("u-lead")))
                .body("fundingProgrammes[0].link", startsWith("https://"));
    }

    @Test
    void anUnansweredProposalExpires() {
        Map<String, Object> match = MatchLifecycleTest.proposalFor("culture-tourism", "museum restoration");
        UUID id = UUID.fromString((String) match.get("id"));
        QuarkusTransaction.requiringNew().run(() -> Match.<Match>findById(id).expiresAt = Instant.now().minusSeconds(1));
        problem(as("vinnytsia-admin").post("/api/v1/matches/" + id + "/accept").then(), 409, "conflict")
                .body("detail", containsString("expired"));
        assertTrue(matches.expireOverdue() >= 1);
        assertEquals(MatchStatus.EXPIRED, QuarkusTransaction.requiringNew().call(() -> Match.<Match>findById(id).status));
    }

    @Test
    void theOpenDataExportListsEveryPartyWithItsOfficialCode() {
        String id = established("housing", "modular housing");
        anonymous().get("/api/v1/partnerships/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("CC BY 4.0"))
                .body(containsString(id + ",ESTABLISHED,"))
                .body(containsString("NEED," + Feed.VINNYTSIA + ",Vinnytska miska terytorialna hromada,UA,"
                        + "UA05020030000031457"));
        anonymous().get("/api/v1/partnerships/export.json").then().statusCode(200)
                .body("licence", containsString("CC BY 4.0"))
                .body("partnerships.id", hasItem(id))
                .body("partnerships.find { it.id == '" + id + "' }.parties.officialCode", hasItem("UA05020030000031457"));
        anonymous().queryParam("authority", Feed.AACHEN).queryParam("limit", 1).get("/api/v1/partnerships").then()
                .statusCode(200).body("items", hasSize(1));
        problem(anonymous().queryParam("status", "DONE").get("/api/v1/partnerships").then(), 400, "validation")
                .body("violations[0].field", equalTo("status"));
        problem(anonymous().get("/api/v1/partnerships/" + UUID.randomUUID()).then(), 404, "not-found");
    }
}
