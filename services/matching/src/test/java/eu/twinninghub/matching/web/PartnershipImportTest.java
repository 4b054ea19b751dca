package eu.twinninghub.matching.web;

import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.fixture.EventFixtures;
import eu.twinninghub.events.partnership.PartnershipRegistered;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partnerships made elsewhere come into the register from a network's list: found by code or by
 * name, once however often the list comes, whole or not at all, and the engine leaves their pairs
 * alone. The pairs here are of authorities no other test of this service partners, since the engine
 * would skip them afterwards.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PartnershipImportTest {

    private static final UUID AUC = UUID.fromString("5232bfc8-354b-3dba-852d-642bb2510350");
    /** A real hromada of the reference data, with its KATOTTG code; a member of AUC here. */
    private static final String LADYZHYN_CODE = "UA05040130000025322";
    private static final EventCodec CODEC = new EventCodec();

    private static UUID ladyzhyn;
    private static final Map<String, UUID> towns = new HashMap<>();

    @BeforeEach
    void registerIsKnown() {
        Feed.authorities();
        if (ladyzhyn == null) {
            ladyzhyn = registered(EventFixtures.authority("HROMADA", "UA", "Ladyzhyn").officialCode(LADYZHYN_CODE)
                    .names("Ладижинська міська територіальна громада", "Ladyzhynska miska terytorialna hromada",
                            "Ladyzhyn hromada").networks(List.of(AUC)).settlement("urban", 23_822L));
            for (String town : List.of("Lüdinghausen", "Bocholt", "Coesfeld", "Borken")) {
                towns.put(town, registered(EventFixtures.authority("MUNICIPALITY", "DE", town)));
            }
        }
    }

    private static UUID registered(EventFixtures.Authority authority) {
        UUID id = UUID.randomUUID();
        Feed.publish(new AuthorityRegistered(id, authority.build()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownAuthority.findById(id) != null));
        return id;
    }

    private static Map<String, Object> list(List<Map<String, Object>> rows) {
        return Map.of("source", "A network's list of its members' partnerships", "licence", "CC BY 4.0",
                "retrieved", "2026-11-30", "rows", rows);
    }

    private static Map<String, Object> row(String hromadaCode, String hromadaName, String partnerName, String country) {
        Map<String, Object> row = new HashMap<>();
        row.put("hromadaCode", hromadaCode);
        row.put("hromadaName", hromadaName);
        row.put("partnerName", partnerName);
        row.put("partnerCountry", country);
        return row;
    }

    @Test
    void aListGoesInOnceWhateverTheSpellingAndTheEngineLeavesItsPairsAlone() {
        var rows = List.of(row(LADYZHYN_CODE, null, "Stadt Luedinghausen", "DE"),
                row(null, "Ладижин", "Bocholt", "de"));
        as("platform-admin").body(list(rows)).queryParam("dryRun", true).post("/api/v1/partnerships/imports").then()
                .statusCode(200).body("dryRun", equalTo(true)).body("matchedByName", equalTo(2))
                .body("rows[0].status", equalTo("MATCHED_BY_NAME"))
                .body("rows[0].hromadaId", equalTo(ladyzhyn.toString()))
                .body("rows[0].partnerId", equalTo(towns.get("Lüdinghausen").toString()))
                .body("rows[0].confidence", greaterThan(0.7f))
                .body("rows[1].hromadaId", equalTo(ladyzhyn.toString()))
                .body("rows[1].partnershipId", nullValue());
        for (String town : List.of("Lüdinghausen", "Bocholt")) {
            anonymous().queryParam("authority", towns.get(town)).get("/api/v1/partnerships").then()
                    .body("items", hasSize(0));
        }

        var imported = as("platform-admin").body(list(rows)).post("/api/v1/partnerships/imports").then()
                .statusCode(200).body("matchedByName", equalTo(2)).extract();
        String partnership = imported.path("rows[0].partnershipId");
        anonymous().get("/api/v1/partnerships/" + partnership).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("matchId", nullValue())
                .body("parties.side", everyItem(equalTo("MEMBER")))
                .body("parties.authorityId", hasItems(ladyzhyn.toString(), towns.get("Lüdinghausen").toString()))
                .body("origin.source", equalTo("A network's list of its members' partnerships"))
                .body("origin.licence", equalTo("CC BY 4.0")).body("origin.retrieved", equalTo("2026-11-30"));
        var records = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.MATCHES,
                r -> partnership.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(PartnershipRegistered.class, CODEC.fromRecord(records.get(0)).data().getClass());

        // The same list again changes nothing.
        as("platform-admin").body(list(rows)).post("/api/v1/partnerships/imports").then().statusCode(200)
                .body("alreadyRegistered", equalTo(2)).body("rows[0].partnershipId", equalTo(partnership));
        for (String town : List.of("Lüdinghausen", "Bocholt")) {
            anonymous().queryParam("authority", towns.get(town)).get("/api/v1/partnerships").then()
                    .body("items", hasSize(1)).body("items[0].parties.authorityId", hasItem(ladyzhyn.toString()));
        }

        // A need of Ladyzhyn that Lüdinghausen's offer fits best goes to another town: the pair is twinned.
        List<String> tags = List.of("water towers", "pumping stations", "chlorination");
        UUID need = Feed.need(ladyzhyn, "water-sanitation", List.of("technical-assistance"), tags,
                "Water towers " + UUID.randomUUID());
        UUID twinned = Feed.offer(towns.get("Lüdinghausen"), "water-sanitation", List.of("technical-assistance"), tags,
                "Water towers and pumping", 3);
        UUID other = Feed.offer(towns.get("Coesfeld"), "water-sanitation", List.of("technical-assistance"),
                List.of("water towers"), "Water engineers", 3);
        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
        as("platform-admin").queryParam("need", need).get("/api/v1/matches").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].offers.itemId", hasItem(other.toString()))
                .body("items[0].offers.itemId", not(hasItem(twinned.toString())));
    }

    @Test
    void aListWithRowsThatCannotGoInIsRefusedWholeUnlessAPartialImportIsAsked() {
        var good = row(LADYZHYN_CODE, null, "Borken", "DE");
        var formula = row(LADYZHYN_CODE, null, "=HYPERLINK(\"http://evil.example\",\"Borken\")", "DE");
        var unknownCode = row("UA99999999999999999", null, "Borken", "DE");
        var noCountry = row(LADYZHYN_CODE, null, "Coesfeld", null);
        var list = list(List.of(good, formula, unknownCode, noCountry));
        problem(as("platform-admin").body(list).post("/api/v1/partnerships/imports").then(), 400, "validation")
                .body("violations.field", equalTo(List.of("rows[1]", "rows[2]", "rows[3]")))
                .body("violations[0].message", containsString("formula"))
                .body("violations[1].message", containsString("code"))
                .body("violations[2].message", containsString("partnerCountry"));
        anonymous().queryParam("authority", towns.get("Borken")).get("/api/v1/partnerships").then()
                .body("items", hasSize(0));

        as("platform-admin").body(list).queryParam("partial", true).post("/api/v1/partnerships/imports").then()
                .statusCode(200).body("matchedByName", equalTo(1)).body("refused", equalTo(3))
                .body("rows.status", equalTo(List.of("MATCHED_BY_NAME", "REFUSED", "REFUSED", "REFUSED")));
        anonymous().queryParam("authority", towns.get("Borken")).get("/api/v1/partnerships").then()
                .body("items", hasSize(1));
    }

    @Test
    void aCsvFileIsReadLikeTheListAndAFileThatCannotBeReadIsNamed() {
        String csv = "\uFEFFreference,partner_country,partner_name,hromada_name,hromada_code,partner_code,since\r\n"
                + "row 1,DE,\"Coesfeld, Kreisstadt\",,UA05040130000025322,,2004-06-01\r\n";
        as("platform-admin").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "A network's list").queryParam("licence", "CC BY 4.0")
                .queryParam("retrieved", "2026-11-30").queryParam("dryRun", true)
                .post("/api/v1/partnerships/imports").then().statusCode(200)
                .body("rows[0].status", equalTo("MATCHED_BY_NAME"))
                .body("rows[0].partnerId", equalTo(towns.get("Coesfeld").toString()));

        problem(csvImport("hromada_name,partner_name\nLadyzhyn,Lüdinghausen\n".getBytes(StandardCharsets.ISO_8859_1)),
                400, "validation").body("violations.field", hasItem("file"))
                .body("violations[0].message", containsString("UTF-8"));
        problem(csvImport("hromada_code,hromada_name,partner_code,partner_name,since,reference\n".getBytes(
                StandardCharsets.UTF_8)), 400, "validation")
                .body("violations[0].message", containsString("partner_country"));
        StringBuilder huge = new StringBuilder(String.join(",", List.of("hromada_code", "hromada_name", "partner_code",
                "partner_name", "partner_country", "since", "reference"))).append('\n');
        huge.append("UA05040130000025322,,,Borken,DE,,\n".repeat(10_001));
        problem(csvImport(huge.toString().getBytes(StandardCharsets.UTF_8)), 400, "validation")
                .body("violations[0].field", equalTo("file"))
                .body("violations[0].message", containsString("split the list"));
        problem(csvImport((String.join(",", List.of("hromada_code", "hromada_name", "partner_code", "partner_name",
                "partner_country", "since", "reference")) + "\nUA05040130000025322,,,Borken,DE,last spring,\n")
                .getBytes(StandardCharsets.UTF_8)), 400, "validation")
                .body("violations[0].field", equalTo("rows[0].since"));
        problem(as("platform-admin").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("licence", "CC BY 4.0").queryParam("retrieved", "30.11.2026")
                .post("/api/v1/partnerships/imports").then(), 400, "validation")
                .body("violations.field", hasItems("source", "retrieved"));
    }

    private static io.restassured.response.ValidatableResponse csvImport(byte[] file) {
        return as("platform-admin").contentType("text/csv").body(file).queryParam("source", "A network's list")
                .queryParam("licence", "CC BY 4.0").queryParam("retrieved", "2026-11-30").queryParam("dryRun", true)
                .post("/api/v1/partnerships/imports").then();
    }

    @Test
    void onlyAPlatformAdminOrANetworkOfOneSideRegistersAPartnership() {
        var rows = new ArrayList<Map<String, Object>>(List.of(row(LADYZHYN_CODE, null, "Coesfeld", "DE")));
        var notAMember = row(null, "Vinnytsia", "Bocholt", "DE");
        notAMember.put("hromadaCode", "UA05020030000031457");
        rows.add(notAMember);
        problem(anonymous().contentType(ContentType.JSON).body(list(rows)).post("/api/v1/partnerships/imports").then(),
                401, "unauthenticated");
        problem(as("vinnytsia-admin").body(list(rows)).post("/api/v1/partnerships/imports").then(), 403,
                "forbidden");
        as("auc-coordinator").body(list(rows)).queryParam("dryRun", true).post("/api/v1/partnerships/imports").then()
                .statusCode(200).body("rows[0].status", equalTo("MATCHED_BY_NAME"))
                .body("rows[1].status", equalTo("REFUSED"))
                .body("rows[1].reason", containsString("network"));
    }
}
