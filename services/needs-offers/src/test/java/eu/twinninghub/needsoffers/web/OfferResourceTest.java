package eu.twinninghub.needsoffers.web;

import static eu.twinninghub.needsoffers.web.Authorities.AACHEN;
import static eu.twinninghub.needsoffers.web.Authorities.AGRONOMICHNA;
import static eu.twinninghub.needsoffers.web.Authorities.VINNYTSIA;
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
import eu.twinninghub.events.offer.OfferPublished;
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
class OfferResourceTest {

    static final EventCodec CODEC = new EventCodec();

    @BeforeEach
    void authoritiesAreKnown() {
        Authorities.announce();
    }

    static String offer(UUID authority, String titleEn, int capacity) {
        return """
                {"authorityId":"%s","title":{"en":"%s"},
                 "description":{"en":"Engineers of our municipal utility advise on heat network modernisation"},
                 "sectors":["energy"],"subsectors":["energy-district-heating"],
                 "supportModes":["technical-assistance","expert-secondment"],"expertiseTags":["district heating","heat pumps"],
                 "capacity":%d,"languages":["de","en"],"availableFrom":"2027-01-01","availableUntil":"2027-12-31",
                 "staffDays":60}""".formatted(authority, titleEn, capacity);
    }

    static String create(String user, String body) {
        return as(user).body(body).post("/api/v1/offers").then().statusCode(201).extract().path("id");
    }

    static String published(String user, String body) {
        String id = create(user, body);
        as(user).body("{\"status\":\"OPEN\"}").post("/api/v1/offers/" + id + "/status").then().statusCode(200);
        return id;
    }

    @Test
    void anEuMunicipalityPublishesAnOfferAnnouncedOnce() {
        String id = create("aachen-admin", offer(AACHEN, "District heating from Aachen", 2));
        problem(anonymous().get("/api/v1/offers/" + id).then(), 404, "not-found");
        as("aachen-admin").body("{\"status\":\"OPEN\"}").post("/api/v1/offers/" + id + "/status").then()
                .statusCode(200).body("status", equalTo("OPEN")).body("capacityLeft", equalTo(2))
                .body("history.to", contains("DRAFT", "OPEN"));
        anonymous().get("/api/v1/offers/" + id).then().statusCode(200).body("offer.capacity", equalTo(2));
        var records = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.OFFERS,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        var event = CODEC.fromRecord(records.get(0));
        assertEquals(EventType.OFFER_PUBLISHED, event.type());
        assertEquals(2, ((OfferPublished) event.data()).offer().capacity());
    }

    @Test
    void aUkrainianHromadaOffersItsKnowHowToo() {
        published("vinnytsia-admin", offer(VINNYTSIA, "Civil protection in wartime: shelters in schools", 3)
                .replace("\"sectors\":[\"energy\"],\"subsectors\":[\"energy-district-heating\"]",
                        "\"sectors\":[\"civil-protection\"],\"subsectors\":[\"civil-protection-shelters\"]"));
    }

    @Test
    void anUnverifiedAuthorityKeepsItsOfferAsADraft() {
        String id = create("auc-coordinator", offer(AGRONOMICHNA, "Rural cooperatives", 1));
        problem(as("auc-coordinator").body("{\"status\":\"OPEN\"}").post("/api/v1/offers/" + id + "/status").then(),
                409, "conflict").body("detail", containsString("not verified"));
    }

    @Test
    void onlyTheAuthoritysPeoplePost() {
        problem(anonymous().body(offer(AACHEN, "Anonymous", 1)).post("/api/v1/offers").then(), 401, "unauthenticated");
        problem(as("vinnytsia-admin").body(offer(AACHEN, "Someone else's", 1)).post("/api/v1/offers").then(),
                403, "forbidden");
    }

    @Test
    void invalidOffersNameEachField() {
        String body = offer(AACHEN, "Bad", 0)
                .replace("\"subsectors\":[\"energy-district-heating\"]", "\"subsectors\":[\"health-hospitals\"]")
                .replace("\"sectors\":[\"energy\"]", "\"sectors\":[\"energy\",\"space\"]")
                .replace("\"availableUntil\":\"2027-12-31\"", "\"availableUntil\":\"2026-12-31\"");
        problem(as("aachen-admin").body(body).post("/api/v1/offers").then(), 400, "validation")
                .body("violations.field", hasItems("capacity"));
        problem(as("aachen-admin").body(body.replace("\"capacity\":0", "\"capacity\":1")).post("/api/v1/offers").then(),
                400, "validation")
                .body("violations.field", hasItems("sectors[1]", "subsectors[0]", "availableUntil"));
        problem(as("aachen-admin").body(offer(AACHEN, "x", 1).replace("\"sectors\":[\"energy\"]", "\"sectors\":[]"))
                .post("/api/v1/offers").then(), 400, "validation").body("violations.field", hasItem("sectors"));
        problem(as("aachen-admin").body(offer(AACHEN, "x", 1).replace("\"capacity\":1", "\"capacity\":\"two\""))
                .post("/api/v1/offers").then(), 400, "malformed-request").body("violations.field", contains("capacity"));
    }

    @Test
    void everyIllegalTransitionNamesTheCurrentState() {
        String id = published("aachen-admin", offer(AACHEN, "Transitions", 1));
        String url = "/api/v1/offers/" + id + "/status";
        problem(as("aachen-admin").body("{\"status\":\"FULL\"}").post(url).then(), 409, "conflict")
                .body("detail", containsString("capacity"));
        problem(as("aachen-admin").body("{\"status\":\"DRAFT\"}").post(url).then(), 409, "conflict")
                .body("detail", containsString("is OPEN"));
        problem(as("aachen-admin").body("{\"status\":\"CLOSED\"}").post(url).then(), 400, "validation")
                .body("violations.field", contains("reason"));
        as("aachen-admin").body("{\"status\":\"CLOSED\",\"reason\":\"Team reassigned\"}").post(url).then()
                .statusCode(200).body("status", equalTo("CLOSED"));
        problem(as("aachen-admin").body("{\"status\":\"WITHDRAWN\",\"reason\":\"x\"}").post(url).then(), 409, "conflict")
                .body("detail", containsString("final"));
        var records = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.OFFERS,
                r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals(List.of(EventType.OFFER_PUBLISHED, EventType.OFFER_CLOSED),
                records.stream().map(r -> CODEC.fromRecord(r).type()).toList());
    }

    @Test
    void editsCarryTheVersionRead() {
        String id = published("aachen-admin", offer(AACHEN, "Editable", 1));
        int version = anonymous().get("/api/v1/offers/" + id).then().extract().path("version");
        String edit = "{\"version\":%d,\"offer\":" + offer(AACHEN, "Edited", 4) + "}";
        as("aachen-admin").body(edit.formatted(version)).put("/api/v1/offers/" + id).then().statusCode(200)
                .body("offer.capacity", equalTo(4)).body("capacityLeft", equalTo(4));
        problem(as("aachen-admin").body(edit.formatted(version)).put("/api/v1/offers/" + id).then(), 409, "stale-version");
        problem(as("vinnytsia-admin").body(edit.formatted(version + 1)).put("/api/v1/offers/" + id).then(),
                403, "forbidden");
        problem(as("platform-admin").body(("{\"version\":%d,\"offer\":" + offer(VINNYTSIA, "Moved", 1) + "}")
                .formatted(version + 1)).put("/api/v1/offers/" + id).then(), 400, "validation")
                .body("violations.field", contains("offer.authorityId"));
    }

    @Test
    void searchFiltersByCountrySectorAndText() {
        String german = published("aachen-admin", offer(AACHEN, "Wastewater treatment know-how", 1)
                .replace("\"sectors\":[\"energy\"],\"subsectors\":[\"energy-district-heating\"]",
                        "\"sectors\":[\"water-sanitation\"],\"subsectors\":[\"water-wastewater\"]"));
        String ukrainian = published("vinnytsia-admin", offer(VINNYTSIA, "E-government services", 1)
                .replace("\"sectors\":[\"energy\"],\"subsectors\":[\"energy-district-heating\"]",
                        "\"sectors\":[\"digital\"],\"subsectors\":[\"digital-e-government\"]"));
        anonymous().queryParam("country", "DE").queryParam("limit", 100).get("/api/v1/offers").then().statusCode(200)
                .body("items.id", hasItem(german)).body("items.id", not(hasItem(ukrainian)));
        anonymous().queryParam("sector", "digital").get("/api/v1/offers").then()
                .body("items.id", contains(ukrainian));
        anonymous().queryParam("q", "wastewater").get("/api/v1/offers").then().body("items.id", contains(german));
        anonymous().queryParam("status", "DRAFT").get("/api/v1/offers").then()
                .body("items.status", everyItem(equalTo("OPEN")));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = anonymous().queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/offers").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        int total = anonymous().queryParam("limit", 100).get("/api/v1/offers").then().extract().path("items.size()");
        assertEquals(total, seen.size());
        assertEquals(total, seen.stream().distinct().count());
        problem(anonymous().queryParam("country", "Germany").get("/api/v1/offers").then(), 400, "validation")
                .body("violations.field", contains("country"));
    }
}
