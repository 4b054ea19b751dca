package eu.twinninghub.authorities.web;

import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.EventData;
import eu.twinninghub.events.EventType;
import eu.twinninghub.reference.ReferenceData;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.authority.AuthorityUpdated;
import eu.twinninghub.events.match.MatchDeclined;
import eu.twinninghub.events.match.MatchParty;
import eu.twinninghub.events.match.MatchProposed;
import eu.twinninghub.events.partnership.PartnershipMembershipChanged;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "authority_profiles"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class AuthorityResourceTest {

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    /** The demo accounts' authorities, as the realm's users carry them in authority_id. */
    static final String VINNYTSIA = "c69235b9-4730-305d-8fee-c51897a80b07";
    static final String AACHEN = "ec3e94a9-215a-3408-8a62-d8cfc0eced84";
    static final String AUC = "5232bfc8-354b-3dba-852d-642bb2510350";
    static final String KHARKIV_KATOTTG = "UA63120270000028556";
    static final EventCodec CODEC = new EventCodec();

    static String municipality(String name) {
        return """
                {"kind":"MUNICIPALITY","country":"DE","profile":{"nameOfficial":"%s","languages":["de"],
                 "sectorsOfExpertise":["energy"]},
                 "contacts":[{"name":"Anna Schmidt","role":"Partnerships","email":"anna@example.org","languages":["de","en"]}]}"""
                .formatted(name);
    }

    static String register(String user, String body) {
        return as(user).body(body).post("/api/v1/authorities").then().statusCode(201).extract().path("id");
    }

    @Test
    void theDemoRegisterHoldsEveryHromadaWithItsKatottgCode() {
        anonymous().get("/api/v1/authorities/" + VINNYTSIA).then().statusCode(200)
                .body("kind", equalTo("HROMADA"))
                .body("profile.officialCode", equalTo("UA05020030000031457"))
                .body("profile.nameOfficial", equalTo("Вінницька міська територіальна громада"))
                .body("profile.nameLatin", equalTo("Vinnytska miska terytorialna hromada"))
                .body("profile.population", equalTo(400198))
                .body("profile.settlementType", equalTo("urban"))
                .body("profile.rayon", equalTo("Вінницький район"))
                .body("verification", equalTo("VERIFIED"))
                .body("officialCodeKnown", equalTo(true));
        String oblast = anonymous().get("/api/v1/authorities/" + VINNYTSIA).then().extract().path("profile.parentId");
        anonymous().get("/api/v1/authorities/" + oblast).then().statusCode(200)
                .body("kind", equalTo("OBLAST"))
                .body("profile.nameOfficial", equalTo("Вінницька область"))
                .body("profile.officialCode", nullValue())
                .body("officialCodeKnown", equalTo(false));
        anonymous().queryParam("parent", oblast).queryParam("q", "Вінниц").get("/api/v1/authorities").then()
                .statusCode(200).body("items.id", hasItem(VINNYTSIA));
        String region = anonymous().get("/api/v1/authorities/" + AACHEN).then()
                .body("kind", equalTo("MUNICIPALITY")).extract().path("profile.parentId");
        anonymous().get("/api/v1/authorities/" + region).then()
                .body("kind", equalTo("REGION")).body("profile.nameOfficial", equalTo("Nordrhein-Westfalen"));
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            RequestSpecification request = anonymous().queryParam("country", "UA").queryParam("kind", "HROMADA")
                    .queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/authorities").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(ReferenceData.hromadas().stream().map(ReferenceData.Hromada::katottg).distinct().count(), ids.size(),
                "every hromada of the reference data, each once, across the pages");
    }

    @Test
    void aCityIsFoundByItsNameInAnyScript() {
        for (String q : List.of("Kharkiv", "Харків", "Charkiw", "kharkivska")) {
            anonymous().queryParam("q", q).queryParam("kind", "HROMADA").queryParam("limit", 100)
                    .get("/api/v1/authorities").then().statusCode(200)
                    .body("items.profile.officialCode", hasItem(KHARKIV_KATOTTG));
        }
        anonymous().queryParam("q", "Vinnytsia").get("/api/v1/authorities").then().statusCode(200)
                .body("items.id", hasItem(VINNYTSIA));
    }

    @Test
    void filtersCombine() {
        anonymous().queryParam("q", "Aachen").queryParam("country", "DE").queryParam("verification", "VERIFIED")
                .queryParam("language", "de").get("/api/v1/authorities").then().statusCode(200)
                .body("items.id", contains(AACHEN));
        anonymous().queryParam("q", "Aachen").queryParam("country", "PL").get("/api/v1/authorities").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void aPlatformAdminRegistersAndTheEventIsPublished() {
        String id = as("platform-admin").body("""
                {"kind":"REGION","country":"DE","profile":{"nameOfficial":"Regierungsbezirk Köln","nameEnglish":"Cologne",
                 "officialCode":"DEA2","alternativeNames":["Köln region"],"languages":["de"]}}""")
                .post("/api/v1/authorities").then().statusCode(201)
                .header("Location", endsWith("/api/v1/authorities/" + UUID.nameUUIDFromBytes("authority:DEA2".getBytes())))
                .body("verification", equalTo("PENDING"))
                .body("verificationHistory[0].changedBy", equalTo("platform-admin"))
                .extract().path("id");
        var records = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.AUTHORITIES,
                r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals(List.of(EventType.AUTHORITY_REGISTERED, EventType.AUTHORITY_AUDITED),
                records.stream().map(r -> CODEC.fromRecord(r).type()).toList(), "the registration, then its record");
    }

    @Test
    void greeceMayBeWrittenTheEurostatWay() {
        as("platform-admin").body("""
                {"kind":"REGION","country":"EL","profile":{"nameOfficial":"Αττική","nameLatin":"Attiki","officialCode":"EL30"}}""")
                .post("/api/v1/authorities").then().statusCode(201).body("country", equalTo("GR"));
    }

    @Test
    void theSameOfficialCodeTwiceIsAConflictPointingAtTheFirst() {
        problem(as("platform-admin").body("""
                {"kind":"HROMADA","country":"UA","profile":{"nameOfficial":"Харківська громада","officialCode":"%s"}}"""
                .formatted(KHARKIV_KATOTTG)).post("/api/v1/authorities").then(), 409, "duplicate")
                .header("Location", endsWith("/api/v1/authorities/" + UUID.nameUUIDFromBytes(
                        ("authority:" + KHARKIV_KATOTTG).getBytes())));
    }

    @Test
    void onlyPlatformAdminsAndPartnerNetworksRegister() {
        problem(anonymous().body(municipality("Anonymstadt")).post("/api/v1/authorities").then(), 401, "unauthenticated");
        problem(as("vinnytsia-admin").body(municipality("Vinnytsia's friend")).post("/api/v1/authorities").then(),
                403, "forbidden");
    }

    @Test
    void invalidRegistrationsNameEachField() {
        problem(as("platform-admin").body("""
                {"kind":"HROMADA","country":"UA","profile":{"nameOfficial":"Нова громада","sectorsOfExpertise":["energy","rockets"]}}""")
                .post("/api/v1/authorities").then(), 400, "validation")
                .body("violations.field", hasItems("profile.officialCode", "profile.sectorsOfExpertise[1]"));
        problem(as("platform-admin").body("""
                {"kind":"HROMADA","country":"PL","profile":{"nameOfficial":"x","officialCode":"UA05020030000031457"}}""")
                .post("/api/v1/authorities").then(), 400, "validation")
                .body("violations.field", hasItem("country"));
        problem(as("platform-admin").body("""
                {"kind":"MUNICIPALITY","country":"Germany","profile":{"nameOfficial":" ","languages":["German"],
                 "location":{"latitude":95,"longitude":6}}}""")
                .post("/api/v1/authorities").then(), 400, "validation")
                .body("violations.field", hasItems("country", "profile.nameOfficial", "profile.languages[0]",
                        "profile.location.latitude"));
        problem(as("platform-admin").body("{\"kind\":\"VILLAGE\",\"country\":\"DE\",\"profile\":{\"nameOfficial\":\"x\"}}")
                .post("/api/v1/authorities").then(), 400, "malformed-request")
                .body("violations.field", hasItem("kind"));
        problem(as("platform-admin").body(municipality("Unknownfield").replace("\"kind\"", "\"colour\":\"red\",\"kind\""))
                .post("/api/v1/authorities").then(), 400, "validation")
                .body("violations.field", hasItem("colour"));
    }

    @Test
    void anAdminEditsTheirOwnAuthorityWithTheVersionTheyRead() {
        var current = anonymous().get("/api/v1/authorities/" + VINNYTSIA).then().extract().jsonPath();
        int version = current.getInt("version");
        String oblast = current.getString("profile.parentId");
        String body = """
                {"version":%d,"profile":{"nameOfficial":"Вінницька міська територіальна громада","parentId":"%s",
                 "nameEnglish":"Vinnytsia city hromada","officialCode":"UA05020030000031457","settlementType":"urban",
                 "population":400198,"languages":["uk","en"],"sectorsOfInterest":["energy"],
                 "location":{"latitude":49.2331,"longitude":28.4682},"website":"https://www.vmr.gov.ua"}}""";
        as("vinnytsia-admin").body(body.formatted(version, oblast)).put("/api/v1/authorities/" + VINNYTSIA).then()
                .statusCode(200).body("profile.nameEnglish", equalTo("Vinnytsia city hromada"))
                .body("version", equalTo(version + 1))
                // A new name is a new identity: verified as the old one, it is verified again.
                .body("verification", equalTo("PENDING"))
                .body("verificationHistory[-1].reason", equalTo("its name or official code changed: to be verified again"));
        as("vinnytsia-admin").get("/api/v1/authorities/" + VINNYTSIA + "/trail").then().statusCode(200)
                .body("items[0].action", equalTo("VERIFICATION_RESET"));
        as("platform-admin").body("{\"status\":\"VERIFIED\",\"reason\":\"English name checked\"}")
                .post("/api/v1/authorities/" + VINNYTSIA + "/verification").then().statusCode(200);
        problem(as("vinnytsia-admin").body(body.formatted(version, oblast)).put("/api/v1/authorities/" + VINNYTSIA).then(),
                409, "stale-version");
        problem(as("aachen-admin").body(body.formatted(version + 1, oblast)).put("/api/v1/authorities/" + VINNYTSIA).then(),
                403, "forbidden");
        problem(anonymous().body(body.formatted(version + 1, oblast)).put("/api/v1/authorities/" + VINNYTSIA).then(),
                401, "unauthenticated");
        var updates = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.AUTHORITIES,
                r -> VINNYTSIA.equals(r.key()) && CODEC.fromRecord(r).type() == EventType.AUTHORITY_UPDATED
                        && ((AuthorityUpdated) CODEC.fromRecord(r).data()).version() > version,
                1, Duration.ofSeconds(20));
        assertEquals(1, updates.size(), "one event for one change; none for the refused ones");
        AuthorityUpdated update = (AuthorityUpdated) CODEC.fromRecord(updates.get(0)).data();
        assertEquals(version + 1, update.version());
        assertEquals(List.of("energy"), update.profile().sectorsOfInterest());
        assertEquals(UUID.fromString(oblast), update.profile().parentId());

        int verified = anonymous().get("/api/v1/authorities/" + VINNYTSIA).then().extract().path("version");
        as("vinnytsia-admin").body(body.formatted(verified, oblast).replace("\"energy\"", "\"water-sanitation\""))
                .put("/api/v1/authorities/" + VINNYTSIA).then().statusCode(200)
                .body("verification", equalTo("VERIFIED"));
    }

    @Test
    void aPartnerNetworkVerifiesOnlyMembersThatAcceptedIt() {
        String member = register("auc-coordinator", municipality("Mitgliedstadt"));
        anonymous().get("/api/v1/authorities/" + member).then().body("networkIds", empty());
        problem(as("auc-coordinator").body("{\"status\":\"VERIFIED\",\"reason\":\"council decision checked\"}")
                .post("/api/v1/authorities/" + member + "/verification").then(), 403, "forbidden");
        String admin = RealmUsers.adminOf(UUID.fromString(member), "de");
        as(admin).put("/api/v1/authorities/" + member + "/networks/" + AUC).then().statusCode(200)
                .body("state", equalTo("ACCEPTED"));
        as("auc-coordinator").body("{\"status\":\"VERIFIED\",\"reason\":\"council decision checked\"}")
                .post("/api/v1/authorities/" + member + "/verification").then().statusCode(200)
                .body("verification", equalTo("VERIFIED"))
                .body("verificationHistory.status", contains("PENDING", "VERIFIED"))
                .body("verificationHistory[1].changedBy", equalTo("auc-coordinator"));
        problem(as("auc-coordinator").body("{\"status\":\"VERIFIED\"}")
                .post("/api/v1/authorities/" + member + "/verification").then(), 409, "conflict");
        problem(as("auc-coordinator").body("{\"status\":\"SUSPENDED\"}")
                .post("/api/v1/authorities/" + member + "/verification").then(), 400, "validation")
                .body("violations[0].field", equalTo("reason"));

        String stranger = register("platform-admin", municipality("Fremdstadt"));
        problem(as("auc-coordinator").body("{\"status\":\"VERIFIED\"}")
                .post("/api/v1/authorities/" + stranger + "/verification").then(), 403, "forbidden");
        problem(as("aachen-admin").body("{\"status\":\"VERIFIED\"}")
                .post("/api/v1/authorities/" + stranger + "/verification").then(), 403, "forbidden");
        as("platform-admin").body("{\"status\":\"SUSPENDED\",\"reason\":\"impersonation reported\"}")
                .post("/api/v1/authorities/" + stranger + "/verification").then().statusCode(200)
                .body("verification", equalTo("SUSPENDED"));
    }

    /**
     * The takeover of the first release: a network added a hromada to itself, unasked, and could then
     * suspend it (and, through the other services, post in its name). Now the invitation waits for the
     * hromada, and only what it accepted gives the network any right.
     */
    @Test
    void aNetworkCannotTakeAnAuthorityOverByAddingItToItself() {
        String hromada = UUID.nameUUIDFromBytes("authority:UA05020050000066991".getBytes()).toString();
        String membership = "/api/v1/authorities/" + hromada + "/networks/" + AUC;
        problem(as("aachen-admin").put(membership).then(), 403, "forbidden");
        problem(as("auc-coordinator").put("/api/v1/authorities/" + hromada + "/networks/" + AACHEN).then(),
                403, "forbidden");
        problem(as("platform-admin").put(membership).then(), 403, "forbidden")
                .body("detail", org.hamcrest.Matchers.containsString("neither side"));
        problem(anonymous().put(membership).then(), 401, "unauthenticated");

        as("auc-coordinator").put(membership).then().statusCode(202).body("state", equalTo("INVITED"))
                .body("askedBy", equalTo("auc-coordinator"));
        as("auc-coordinator").put(membership).then().statusCode(202).body("state", equalTo("INVITED"));
        anonymous().get("/api/v1/authorities/" + hromada).then().body("networkIds", empty());
        problem(as("auc-coordinator").body("{\"status\":\"SUSPENDED\",\"reason\":\"takeover\"}")
                .post("/api/v1/authorities/" + hromada + "/verification").then(), 403, "forbidden");

        String admin = RealmUsers.adminOf(UUID.fromString(hromada), "uk");
        as(admin).get("/api/v1/authorities/" + hromada + "/memberships").then().statusCode(200)
                .body("find { it.networkId == '" + AUC + "' }.state", equalTo("INVITED"));
        problem(as("aachen-admin").get("/api/v1/authorities/" + hromada + "/memberships").then(), 403, "forbidden");
        as(admin).put(membership).then().statusCode(200).body("state", equalTo("ACCEPTED"))
                .body("decidedAt", org.hamcrest.Matchers.notNullValue());
        anonymous().get("/api/v1/authorities/" + hromada).then().body("networkIds", contains(AUC));
        as("auc-coordinator").body("{\"status\":\"SUSPENDED\",\"reason\":\"member check\"}")
                .post("/api/v1/authorities/" + hromada + "/verification").then().statusCode(200);
        as(admin).delete(membership).then().statusCode(200).body("state", equalTo("ENDED"));
        anonymous().get("/api/v1/authorities/" + hromada).then().body("networkIds", empty());
        problem(as("auc-coordinator").body("{\"status\":\"VERIFIED\"}")
                .post("/api/v1/authorities/" + hromada + "/verification").then(), 403, "forbidden");
        problem(as(admin).delete(membership).then(), 404, "not-found");

        as(admin).get("/api/v1/authorities/" + hromada + "/trail").then().statusCode(200)
                .body("items.action", contains("MEMBERSHIP_ENDED", "SUSPENDED", "MEMBERSHIP_ACCEPTED",
                        "MEMBERSHIP_INVITED"))
                .body("items[0].actor", equalTo(admin))
                .body("items[0].counterpart", equalTo(AUC));
        as("auc-coordinator").get("/api/v1/authorities/" + AUC + "/trail").then().statusCode(200)
                .body("items.findAll { it.counterpart == '" + hromada + "' }.action",
                        contains("MEMBERSHIP_ENDED", "MEMBERSHIP_ACCEPTED", "MEMBERSHIP_INVITED"));
        problem(as("auc-coordinator").get("/api/v1/authorities/" + hromada + "/trail").then(), 403, "forbidden");
        var updates = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.AUTHORITIES,
                r -> hromada.equals(r.key()) && CODEC.fromRecord(r).type() == EventType.AUTHORITY_UPDATED,
                2, Duration.ofSeconds(20));
        assertEquals(2, updates.size(), "joined once (the repeats changed nothing), left once");
        var trail = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.AUTHORITIES,
                r -> hromada.equals(r.key()) && CODEC.fromRecord(r).type() == EventType.AUTHORITY_AUDITED,
                4, Duration.ofSeconds(20));
        assertEquals(4, trail.size(), "each record of the trail is an event");
    }

    @Test
    void anAuthorityAsksToJoinAndTheNetworkAccepts() {
        String membership = "/api/v1/authorities/" + VINNYTSIA + "/networks/" + AUC;
        problem(as("vinnytsia-member").put(membership).then(), 403, "forbidden");
        as("vinnytsia-admin").put(membership).then().statusCode(202).body("state", equalTo("REQUESTED"));
        as("auc-coordinator").get("/api/v1/authorities/" + AUC + "/memberships").then().statusCode(200)
                .body("find { it.authorityId == '" + VINNYTSIA + "' }.state", equalTo("REQUESTED"));
        as("auc-coordinator").put(membership).then().statusCode(200).body("state", equalTo("ACCEPTED"));
        as("auc-coordinator").delete(membership).then().statusCode(200).body("state", equalTo("ENDED"));
        as("vinnytsia-admin").put(membership).then().statusCode(202).body("state", equalTo("REQUESTED"));
        as("auc-coordinator").delete(membership).then().statusCode(200).body("state", equalTo("ENDED"));
        anonymous().get("/api/v1/authorities/" + VINNYTSIA).then().body("networkIds", empty());
    }

    @Test
    void theTrustTrailCannotBeChangedEvenInTheDatabase() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO trust_record (id, authority_id, action, actor, at)"
                    + " VALUES ('" + UUID.randomUUID() + "', '" + AUC + "', 'VERIFIED', 'test', now())");
            var refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> statement.execute("UPDATE trust_record SET actor = 'someone else'"));
            org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> statement.execute("DELETE FROM trust_record"));
        }
    }

    /**
     * A contact's address is for the authority's own people, its accepted networks, platform admins,
     * and an authority that a proposal or a partnership brings it together with; not for every
     * verified member, and never for anonymous callers.
     */
    @Test
    void contactEmailsAreForCounterpartsAndNetworksNeverForEveryMember() {
        String contact = as("vinnytsia-admin").body("""
                {"name":"Olena Kovalenko","role":"International cooperation","email":"olena@example.org","languages":["uk","en"]}""")
                .post("/api/v1/authorities/" + VINNYTSIA + "/contacts").then().statusCode(201)
                .body("email", equalTo("olena@example.org")).extract().path("id");
        String email = "contacts.find { it.id == '" + contact + "' }.email";
        anonymous().get("/api/v1/authorities/" + VINNYTSIA).then()
                .body(email, nullValue())
                .body("contacts.find { it.id == '" + contact + "' }.name", equalTo("Olena Kovalenko"));
        as("aachen-admin").get("/api/v1/authorities/" + VINNYTSIA).then().body("verification", equalTo("VERIFIED"));
        as("aachen-admin").get("/api/v1/authorities/" + VINNYTSIA).then().body(email, nullValue());
        as("platform-admin").get("/api/v1/authorities/" + VINNYTSIA).then().body(email, equalTo("olena@example.org"));
        // A network reads them once the authority accepted it, and no longer after it left.
        String membership = "/api/v1/authorities/" + VINNYTSIA + "/networks/" + AUC;
        as("auc-coordinator").get("/api/v1/authorities/" + VINNYTSIA).then().body(email, nullValue());
        as("vinnytsia-admin").put(membership).then().statusCode(202);
        as("auc-coordinator").put(membership).then().statusCode(200);
        try {
            as("auc-coordinator").get("/api/v1/authorities/" + VINNYTSIA).then().body(email, equalTo("olena@example.org"));
        } finally {
            as("vinnytsia-admin").delete(membership).then().statusCode(200);
        }
        as("auc-coordinator").get("/api/v1/authorities/" + VINNYTSIA).then().body(email, nullValue());

        // A proposal brings Aachen and Vinnytsia together; once declined, no more.
        UUID match = UUID.randomUUID();
        publish(new MatchProposed(match, new MatchParty(UUID.randomUUID(), UUID.fromString(VINNYTSIA)),
                List.of(new MatchParty(UUID.randomUUID(), UUID.fromString(AACHEN))), 80, false,
                Instant.now().plus(Duration.ofDays(14)), List.of()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("aachen-admin")
                .get("/api/v1/authorities/" + VINNYTSIA).then().body(email, equalTo("olena@example.org")));
        publish(new MatchDeclined(match, UUID.fromString(AACHEN), "no engineers free"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("aachen-admin")
                .get("/api/v1/authorities/" + VINNYTSIA).then().body(email, nullValue()));

        // A partnership Aachen joined later brings them together; once it has left, no more.
        UUID partnership = UUID.randomUUID();
        UUID townOfTheCluster = UUID.randomUUID();
        publish(new PartnershipMembershipChanged(partnership, UUID.fromString(AACHEN), "SUPPORTING", "JOINED",
                "aachen-admin", null, List.of(UUID.fromString(VINNYTSIA), townOfTheCluster, UUID.fromString(AACHEN))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("aachen-admin")
                .get("/api/v1/authorities/" + VINNYTSIA).then().body(email, equalTo("olena@example.org")));
        publish(new PartnershipMembershipChanged(partnership, UUID.fromString(AACHEN), "SUPPORTING", "LEFT",
                "aachen-admin", "no engineers free", List.of(UUID.fromString(VINNYTSIA), townOfTheCluster)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("aachen-admin")
                .get("/api/v1/authorities/" + VINNYTSIA).then().body(email, nullValue()));

        problem(as("aachen-admin").body("{\"name\":\"Mallory\",\"email\":\"m@example.org\"}")
                .post("/api/v1/authorities/" + VINNYTSIA + "/contacts").then(), 403, "forbidden");
        problem(as("vinnytsia-admin").body("{\"name\":\"Olena\",\"email\":\"not-an-address\"}")
                .put("/api/v1/authorities/" + VINNYTSIA + "/contacts/" + contact).then(), 400, "validation")
                .body("violations.field", contains("email"));
        as("vinnytsia-admin").body("{\"name\":\"Olena Kovalenko\",\"role\":\"Deputy mayor\",\"email\":\"olena@example.org\"}")
                .put("/api/v1/authorities/" + VINNYTSIA + "/contacts/" + contact).then().statusCode(200)
                .body("role", equalTo("Deputy mayor"));
        as("vinnytsia-admin").delete("/api/v1/authorities/" + VINNYTSIA + "/contacts/" + contact).then().statusCode(204);
        problem(as("vinnytsia-admin").delete("/api/v1/authorities/" + VINNYTSIA + "/contacts/" + contact).then(),
                404, "not-found");
    }

    private static void publish(EventData data) {
        TopicReader.write(TestKafka.shared().bootstrapServers(), CODEC.toRecord(Event.of("test", data, Clock.systemUTC())));
    }

    @Test
    void aPendingAuthoritySeesNoEmails() {
        String pending = register("platform-admin", municipality("Wartestadt"));
        as("platform-admin").get("/api/v1/authorities/" + pending).then()
                .body("contacts[0].email", equalTo("anna@example.org"));
        String hromada = UUID.nameUUIDFromBytes("authority:UA05020010000053508".getBytes()).toString();
        anonymous().get("/api/v1/authorities/" + hromada).then().body("verification", equalTo("PENDING"));
        anonymous().get("/api/v1/authorities/" + pending).then().body("contacts.email", everyItem(nullValue()));
    }

    @Test
    void badQueriesAndUnknownIdsAreProblems() {
        problem(anonymous().queryParam("cursor", "not-a-cursor").get("/api/v1/authorities").then(), 400, "validation")
                .body("violations[0].field", equalTo("cursor"));
        problem(anonymous().queryParam("limit", 0).get("/api/v1/authorities").then(), 400, "validation")
                .body("violations[0].field", equalTo("limit"));
        problem(anonymous().queryParam("kind", "CASTLE").get("/api/v1/authorities").then(), 400, "validation")
                .body("violations[0].field", equalTo("kind"));
        problem(anonymous().get("/api/v1/authorities/" + UUID.randomUUID()).then(), 404, "not-found");
        problem(anonymous().get("/api/v1/authorities/not-a-uuid").then(), 404, "not-found");
        problem(as("platform-admin").contentType(ContentType.TEXT).body("hello").post("/api/v1/authorities").then(),
                415, "unsupported-media-type");
    }

    @Test
    void theSchemaIsBuiltByMigrationsFromAnEmptyDatabase() {
        var applied = flyway.info().applied();
        assertEquals("1", applied[0].getVersion().getVersion());
        for (var migration : applied) {
            assertEquals(true, migration.getState().isApplied(), migration.getScript());
        }
    }

    @Test
    void theAssociationOfUkrainianCitiesIsThePartnerNetworkOfTheDemo() {
        anonymous().get("/api/v1/authorities/" + AUC).then().statusCode(200)
                .body("kind", equalTo("PARTNER_NETWORK"))
                .body("profile.nameEnglish", equalTo("Association of Ukrainian Cities"))
                .body("verification", equalTo("VERIFIED"));
    }
}
