package eu.twinninghub.needsoffers.web;

import static eu.twinninghub.needsoffers.web.Authorities.AACHEN;
import static eu.twinninghub.needsoffers.web.Authorities.AGRONOMICHNA;
import static eu.twinninghub.needsoffers.web.Authorities.VINNYTSIA;
import static eu.twinninghub.needsoffers.web.Authorities.VORONOVYTSIA;
import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.EventType;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "needs_offers"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class NeedResourceTest {

    static final EventCodec CODEC = new EventCodec();

    @BeforeEach
    void authoritiesAreKnown() {
        Authorities.announce();
    }

    static String need(UUID authority, String titleEn, String urgency) {
        return """
                {"authorityId":"%s","title":{"uk":"Енергоефективна модернізація шкіл","en":"%s"},
                 "description":{"en":"Insulation and new windows for three schools of the hromada"},
                 "sector":"education","subsectors":["education-schools"],
                 "supportModes":["technical-assistance","peer-exchange"],"expertiseTags":["building retrofit"],
                 "urgency":"%s","languages":["uk","en"],"startBy":"2027-03-01","endBy":"2027-12-31",
                 "budgetEur":450000,"peopleServed":1200}""".formatted(authority, titleEn, urgency);
    }

    static String create(String user, String body) {
        return as(user).body(body).post("/api/v1/needs").then().statusCode(201).extract().path("id");
    }

    static String published(String user, String body) {
        String id = create(user, body);
        as(user).body("{\"status\":\"OPEN\"}").post("/api/v1/needs/" + id + "/status").then().statusCode(200);
        return id;
    }

    @Test
    void aDraftIsPrivateUntilPublishedAndPublishingIsAnnouncedOnce() {
        var created = as("vinnytsia-admin").body(need(VINNYTSIA, "Energy-efficient schools", "HIGH"))
                .post("/api/v1/needs").then().statusCode(201).body("status", equalTo("DRAFT")).extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/api/v1/needs/" + id));
        problem(anonymous().get("/api/v1/needs/" + id).then(), 404, "not-found");
        problem(as("aachen-admin").get("/api/v1/needs/" + id).then(), 404, "not-found");
        anonymous().queryParam("authority", VINNYTSIA).queryParam("limit", 100).get("/api/v1/needs").then()
                .body("items.id", not(hasItem(id)));

        as("vinnytsia-admin").body("{\"status\":\"OPEN\"}").post("/api/v1/needs/" + id + "/status").then()
                .statusCode(200).body("status", equalTo("OPEN"))
                .body("history.to", contains("DRAFT", "OPEN"))
                .body("history[1].changedBy", equalTo("vinnytsia-admin"));
        anonymous().get("/api/v1/needs/" + id).then().statusCode(200)
                .body("need.title.en", equalTo("Energy-efficient schools"))
                .body("need.title.keySet()", contains("uk", "en", "de", "pl", "original"))
                .body("need.title.original", equalTo("uk"));

        var records = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.NEEDS,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size(), "one event for one publication, none for the draft");
        var event = CODEC.fromRecord(records.get(0));
        assertEquals(EventType.NEED_PUBLISHED, event.type());
        assertEquals(List.of("technical-assistance", "peer-exchange"), ((NeedPublished) event.data()).need().supportModes());
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeyPostsNothingTwice() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = need(VINNYTSIA, "Shelter for a school " + key, "HIGH");
        String first = as("vinnytsia-admin").header("Idempotency-Key", key).body(body).post("/api/v1/needs")
                .then().statusCode(201).extract().path("id");
        // The same request again, and two more at the same moment, as a flaky connection would send them.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<java.util.concurrent.Future<String>> repeats = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            repeats.add(pool.submit(() -> as("vinnytsia-admin").header("Idempotency-Key", key).body(body)
                    .post("/api/v1/needs").then().statusCode(201).header("Location", containsString(first))
                    .extract().<String>path("id")));
        }
        for (var repeat : repeats) {
            assertEquals(first, repeat.get());
        }
        pool.shutdown();
        as("vinnytsia-admin").queryParam("authority", VINNYTSIA).queryParam("q", key).queryParam("status", "DRAFT")
                .get("/api/v1/needs").then().statusCode(200).body("items.id", contains(first));
        // The key is the caller's own: another person's identical key creates another need.
        String other = as("platform-admin").header("Idempotency-Key", key).body(body).post("/api/v1/needs")
                .then().statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, other);
        problem(as("vinnytsia-admin").header("Idempotency-Key", key).body(OfferResourceTest.offer(VINNYTSIA, "Not a need", 1))
                .post("/api/v1/offers").then(), 400, "validation")
                .body("violations[0].field", equalTo("Idempotency-Key"));
        problem(as("vinnytsia-admin").header("Idempotency-Key", "k".repeat(101)).body(body).post("/api/v1/needs").then(),
                400, "validation");
    }

    @Test
    void anUnverifiedAuthorityKeepsItsNeedAsADraft() {
        String id = create("platform-admin", need(AGRONOMICHNA, "Village water supply", "CRITICAL"));
        problem(as("platform-admin").body("{\"status\":\"OPEN\"}").post("/api/v1/needs/" + id + "/status").then(),
                409, "conflict").body("detail", containsString("not verified"));
    }

    @Test
    void aPartnerNetworkPostsForItsMembersOnly() {
        create("auc-coordinator", need(AGRONOMICHNA, "Posted by the AUC", "MEDIUM"));
        problem(as("auc-coordinator").body(need(VORONOVYTSIA, "Not a member", "MEDIUM")).post("/api/v1/needs").then(),
                403, "forbidden");
    }

    @Test
    void onlyTheAuthoritysPeoplePost() {
        problem(anonymous().body(need(VINNYTSIA, "Anonymous", "LOW")).post("/api/v1/needs").then(), 401, "unauthenticated");
        problem(as("aachen-admin").body(need(VINNYTSIA, "Someone else's", "LOW")).post("/api/v1/needs").then(),
                403, "forbidden");
    }

    /** On an equal footing: an EU town asks for help too (a hromada's know-how, say), not only offers it. */
    @Test
    void anyRegisteredAuthorityPostsNeedsAndTheListFiltersByItsCountry() {
        String german = published("aachen-admin", need(AACHEN, "Aachen learns civil protection", "LOW"));
        String ukrainian = published("vinnytsia-admin", need(VINNYTSIA, "Vinnytsia schools", "LOW"));
        anonymous().queryParam("country", "DE").queryParam("limit", 100).get("/api/v1/needs").then().statusCode(200)
                .body("items.id", hasItem(german)).body("items.id", not(hasItem(ukrainian)));
        anonymous().queryParam("country", "UA").queryParam("limit", 100).get("/api/v1/needs").then().statusCode(200)
                .body("items.id", hasItem(ukrainian)).body("items.id", not(hasItem(german)));
        // Below the oblast: a Ukrainian hromada's rayon, by the register's name for it.
        anonymous().queryParam("rayon", "Вінницький район").queryParam("limit", 100).get("/api/v1/needs").then()
                .statusCode(200).body("items.id", hasItem(ukrainian)).body("items.id", not(hasItem(german)));
        anonymous().queryParam("rayon", "Гайсинський район").queryParam("limit", 100).get("/api/v1/needs").then()
                .statusCode(200).body("items.id", not(hasItem(ukrainian)));
        problem(anonymous().queryParam("rayon", "р".repeat(101)).get("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", contains("rayon"));
        problem(anonymous().queryParam("country", "Germany").get("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", contains("country"));
        problem(as("platform-admin").body(need(UUID.randomUUID(), "Nobody's", "LOW")).post("/api/v1/needs").then(),
                400, "validation").body("violations.field", contains("authorityId"));
    }

    /**
     * A German town writes in German only, and says so: the need keeps the original marked, is found
     * by German words in other forms (stemmed), and is announced as need.published.v2, since v1
     * could carry only Ukrainian and English.
     */
    @Test
    void aNeedWrittenInGermanKeepsItsOriginalAndIsFoundByGermanWords() {
        String body = need(AACHEN, "x", "MEDIUM")
                .replace("\"title\":{\"uk\":\"Енергоефективна модернізація шкіл\",\"en\":\"x\"}",
                        "\"title\":{\"de\":\"Katastrophenschutz für unsere Schulen\",\"pl\":\"Ochrona ludności\","
                                + "\"original\":\"de\"}")
                .replace("\"description\":{\"en\":\"Insulation and new windows for three schools of the hromada\"}",
                        "\"description\":{\"de\":\"Wir lernen von den Erfahrungen einer Hromada\"}");
        String id = published("aachen-admin", body);
        anonymous().get("/api/v1/needs/" + id).then().statusCode(200)
                .body("need.title.de", equalTo("Katastrophenschutz für unsere Schulen"))
                .body("need.title.pl", equalTo("Ochrona ludności"))
                .body("need.title.original", equalTo("de"))
                .body("need.description.original", equalTo("de"));
        anonymous().queryParam("q", "Schule").get("/api/v1/needs").then().statusCode(200)
                .body("items.id", hasItem(id));
        anonymous().queryParam("q", "Erfahrung").get("/api/v1/needs").then().statusCode(200)
                .body("items.id", hasItem(id));

        var records = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.NEEDS,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        var event = CODEC.fromRecord(records.get(0));
        assertEquals("eu.twinninghub.need.published.v2", event.type().type());
        var title = ((NeedPublished) event.data()).need().title();
        assertEquals("de", title.original());
        assertEquals("Katastrophenschutz für unsere Schulen", title.de());
        assertEquals(false, ((NeedPublished) event.data()).fitsPreviousVersion());

        problem(as("aachen-admin").body(body.replace("\"original\":\"de\"", "\"original\":\"uk\""))
                .post("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", contains("title.original"));
        problem(as("aachen-admin").body(body.replace("\"original\":\"de\"", "\"original\":\"fr\""))
                .post("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", contains("title.original"));
    }

    @Test
    void invalidNeedsNameEachField() {
        String body = need(VINNYTSIA, "Bad", "HIGH")
                .replace("\"sector\":\"education\"", "\"sector\":\"energy\"")
                .replace("\"peer-exchange\"", "\"sightseeing\"")
                .replace("\"endBy\":\"2027-12-31\"", "\"endBy\":\"2026-12-31\"");
        problem(as("vinnytsia-admin").body(body).post("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", hasItems("subsectors[0]", "supportModes[1]", "endBy"));
        problem(as("vinnytsia-admin").body(need(VINNYTSIA, "x", "HIGH").replace("\"title\":{\"uk\":\"Енергоефективна модернізація шкіл\",\"en\":\"x\"}",
                "\"title\":{}")).post("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", contains("title"));
        problem(as("vinnytsia-admin").body(need(VINNYTSIA, "x", "SOON")).post("/api/v1/needs").then(),
                400, "malformed-request").body("violations.field", contains("urgency"));
        problem(as("vinnytsia-admin").body(need(VINNYTSIA, "x", "HIGH").replace("\"supportModes\":[\"technical-assistance\",\"peer-exchange\"]",
                "\"supportModes\":[]").replace("\"budgetEur\":450000", "\"budgetEur\":-1"))
                .post("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", hasItems("supportModes", "budgetEur"));
        problem(as("vinnytsia-admin").body(need(VINNYTSIA, "x", "HIGH").replace("\"peopleServed\":1200",
                        "\"peopleServed\":1200,\"fundingProgrammes\":[\"u-lead\",\"a-fund-nobody-runs\"]"))
                .post("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", contains("fundingProgrammes[1]"))
                .body("violations[0].message", containsString("ukraine-facility"));
    }

    @Test
    void aNeedNamesTheFundingProgrammesItMeansToApplyToAndItsEventCarriesThem() {
        String id = published("vinnytsia-admin", need(VINNYTSIA, "Schools with the Ukraine Facility", "HIGH")
                .replace("\"peopleServed\":1200", "\"peopleServed\":1200,"
                        + "\"fundingProgrammes\":[\"ukraine-facility\",\"interreg-next-ro-ua\",\"ukraine-facility\"]"));
        anonymous().get("/api/v1/needs/" + id).then().statusCode(200)
                .body("need.fundingProgrammes", contains("ukraine-facility", "interreg-next-ro-ua"));
        var records = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.NEEDS,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(List.of("ukraine-facility", "interreg-next-ro-ua"),
                ((NeedPublished) CODEC.fromRecord(records.get(0)).data()).need().fundingProgrammes());
    }

    @Test
    void everyIllegalTransitionNamesTheCurrentState() {
        String id = published("vinnytsia-admin", need(VINNYTSIA, "Transitions", "LOW"));
        String url = "/api/v1/needs/" + id + "/status";
        problem(as("vinnytsia-admin").body("{\"status\":\"FULFILLED\"}").post(url).then(), 409, "conflict")
                .body("detail", containsString("is OPEN"));
        problem(as("vinnytsia-admin").body("{\"status\":\"MATCHED\"}").post(url).then(), 409, "conflict")
                .body("detail", containsString("partnership"));
        problem(as("vinnytsia-admin").body("{\"status\":\"OPEN\"}").post(url).then(), 409, "conflict");
        problem(as("vinnytsia-admin").body("{\"status\":\"WITHDRAWN\"}").post(url).then(), 400, "validation")
                .body("violations.field", contains("reason"));
        problem(as("vinnytsia-admin").body("{\"status\":\"GONE\"}").post(url).then(), 400, "validation")
                .body("violations.field", contains("status"));
        problem(as("aachen-admin").body("{\"status\":\"WITHDRAWN\",\"reason\":\"mine now\"}").post(url).then(),
                403, "forbidden");
        as("vinnytsia-admin").body("{\"status\":\"WITHDRAWN\",\"reason\":\"Funded by the oblast\"}").post(url).then()
                .statusCode(200).body("history[2].reason", equalTo("Funded by the oblast"));
        problem(as("vinnytsia-admin").body("{\"status\":\"OPEN\"}").post(url).then(), 409, "conflict")
                .body("detail", containsString("final"));
        var records = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.NEEDS,
                r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals(List.of(EventType.NEED_PUBLISHED, EventType.NEED_WITHDRAWN),
                records.stream().map(r -> CODEC.fromRecord(r).type()).toList());
    }

    @Test
    void editsCarryTheVersionRead() {
        String id = published("vinnytsia-admin", need(VINNYTSIA, "Editable", "LOW"));
        int version = anonymous().get("/api/v1/needs/" + id).then().extract().path("version");
        String edit = "{\"version\":%d,\"need\":" + need(VINNYTSIA, "Edited", "HIGH") + "}";
        as("vinnytsia-admin").body(edit.formatted(version)).put("/api/v1/needs/" + id).then().statusCode(200)
                .body("need.title.en", equalTo("Edited")).body("version", equalTo(version + 1));
        problem(as("vinnytsia-admin").body(edit.formatted(version)).put("/api/v1/needs/" + id).then(), 409, "stale-version");
        problem(as("aachen-admin").body(edit.formatted(version + 1)).put("/api/v1/needs/" + id).then(), 403, "forbidden");
        problem(as("platform-admin").body(("{\"version\":%d,\"need\":" + need(VORONOVYTSIA, "Moved", "HIGH") + "}")
                .formatted(version + 1)).put("/api/v1/needs/" + id).then(), 400, "validation")
                .body("violations.field", contains("need.authorityId"));
        var updates = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.NEEDS,
                r -> id.equals(r.key()) && CODEC.fromRecord(r).type() == EventType.NEED_UPDATED, 1, Duration.ofSeconds(20));
        assertEquals(1, updates.size());
    }

    @Test
    void searchFindsWordsInEitherLanguageAndPagesWithoutRepeats() {
        String english = published("platform-admin", need(VORONOVYTSIA, "Kindergarten heating", "CRITICAL"));
        anonymous().queryParam("q", "kindergartens").get("/api/v1/needs").then().statusCode(200)
                .body("items.id", hasItem(english));
        anonymous().queryParam("q", "модернізація").get("/api/v1/needs").then().statusCode(200)
                .body("items.id", hasItem(english));
        anonymous().queryParam("q", "kindergarten").queryParam("urgency", "LOW").get("/api/v1/needs").then()
                .body("items.id", not(hasItem(english)));
        anonymous().queryParam("sort", "urgency").queryParam("limit", 1).get("/api/v1/needs").then()
                .body("items[0].need.urgency", equalTo("CRITICAL"));
        anonymous().queryParam("status", "DRAFT").get("/api/v1/needs").then().body("items.status", everyItem(equalTo("OPEN")));

        for (int i = 0; i < 5; i++) {
            published("vinnytsia-admin", need(VINNYTSIA, "Paged " + i, i % 2 == 0 ? "HIGH" : "MEDIUM"));
        }
        for (String sort : List.of("recent", "urgency")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                RequestSpecification request = anonymous().queryParam("sort", sort).queryParam("limit", 2);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.get("/api/v1/needs").then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.id"));
                cursor = page.getString("next");
            } while (cursor != null);
            int total = anonymous().queryParam("limit", 100).get("/api/v1/needs").then().extract().path("items.size()");
            assertEquals(total, seen.size(), sort);
            assertEquals(total, seen.stream().distinct().count(), sort + ": no need twice");
        }
        problem(anonymous().queryParam("cursor", "garbage").get("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", contains("cursor"));
        problem(anonymous().queryParam("limit", 1000).get("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", contains("limit"));
        problem(anonymous().queryParam("sort", "popular").get("/api/v1/needs").then(), 400, "validation")
                .body("violations.field", contains("sort"));
    }
}
