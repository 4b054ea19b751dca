package eu.twinninghub.e2e;

import static eu.twinninghub.e2e.E2ePlatform.as;
import static eu.twinninghub.e2e.E2ePlatform.partner;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.TestServices;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cluster twinning as the engine finds it, through the gateway: a hromada needs an expert seconded
 * and equipment for its e-services; a Polish town can second the expert, a German town give the
 * equipment, and neither alone fits well enough to be proposed. The allocation proposes the two
 * together; each of the three accepts for itself, and one partnership of three members follows.
 *
 * <p>Why the engine must cluster here, whatever else the fleet holds: the texts share no word
 * (expertise 0) and no working language, so each offer alone scores 25 (sector) + 5 (half the
 * subsectors) + 7.5 (half the support modes) + 3 (an unknown population) + 1.5 (low urgency) + 4
 * (free places) = 46 of the 50 needed; together they give every support mode, 53.5. No other test
 * posts in this sector or offers these support modes.
 */
class ClusterStoryTest {

    /** Затурцівська сільська територіальна громада, Volyn oblast (KATOTTG of the reference data). */
    private static final UUID ZATURTSI = UUID.nameUUIDFromBytes(
            "authority:UA07020030000052032".getBytes(StandardCharsets.UTF_8));
    private static final Duration SOON = Duration.ofSeconds(60);

    private final E2ePlatform platform = E2ePlatform.get();

    @Test
    void twoTownsThatEachGiveHalfOfWhatAHromadaNeedsBecomeOnePartnershipOfThree() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String gmina = register("PL", "Gmina Klaster " + suffix, "pl");
        String stadt = register("DE", "Stadt Verbund " + suffix, "de");
        String hromada = ZATURTSI.toString();
        for (String authority : List.of(hromada, gmina, stadt)) {
            as("platform-admin").body(Map.of("status", "VERIFIED", "reason", "council decision checked"))
                    .post("/api/v1/authorities/" + authority + "/verification").then().statusCode(200);
        }
        String hromadaUser = RealmUsers.adminOf(ZATURTSI, "uk");
        String gminaUser = RealmUsers.adminOf(UUID.fromString(gmina), "pl");
        String stadtUser = RealmUsers.adminOf(UUID.fromString(stadt), "de");

        String need = E2ePlatform.post(hromadaUser, "needs", """
                {"authorityId":"%s","title":{"uk":"Захист електронних послуг громади %s"},"sector":"digital",
                 "subsectors":["digital-e-government","digital-cybersecurity"],
                 "supportModes":["expert-secondment","equipment"],"expertiseTags":["кіберзахист"],
                 "urgency":"LOW","languages":["uk"]}""".formatted(hromada, suffix));
        E2ePlatform.publish(hromadaUser, "needs", need);
        String expert = E2ePlatform.post(gminaUser, "offers", """
                {"authorityId":"%s","title":{"pl":"Oddelegujemy specjalistę od bezpieczeństwa sieci"},
                 "sectors":["digital"],"subsectors":["digital-cybersecurity"],"supportModes":["expert-secondment"],
                 "expertiseTags":["bezpieczeństwo"],"capacity":1,"languages":["pl"]}""".formatted(gmina));
        E2ePlatform.publish(gminaUser, "offers", expert);
        String equipment = E2ePlatform.post(stadtUser, "offers", """
                {"authorityId":"%s","title":{"de":"Serverschränke aus unserem Rechenzentrum"},
                 "sectors":["digital"],"subsectors":["digital-e-government"],"supportModes":["equipment"],
                 "expertiseTags":["Rechenzentrum"],"capacity":1,"languages":["de"]}""".formatted(stadt));
        E2ePlatform.publish(stadtUser, "offers", equipment);

        await().atMost(SOON).until(() -> {
            var candidates = as(hromadaUser).get("/api/v1/matching/needs/" + need + "/candidates");
            return candidates.statusCode() == 200
                    && candidates.jsonPath().getList("itemId").containsAll(List.of(expert, equipment));
        });
        // Another test may be running an allocation at this moment (409): this one waits its turn.
        await().atMost(SOON).until(() -> as("platform-admin").post("/api/v1/matching/allocation").statusCode() == 200);
        String match = await().atMost(SOON).until(() -> as(hromadaUser).queryParam("need", need)
                .get("/api/v1/matches").then().statusCode(200).extract().<String>path("items[0].id"), notNullValue());
        as(hromadaUser).get("/api/v1/matches/" + match).then().statusCode(200)
                .body("cluster", equalTo(true))
                .body("score", equalTo(54))
                .body("offers.itemId", containsInAnyOrder(expert, equipment));

        // Each accepts for itself; the proposal stands until the last of the three has.
        as(stadtUser).post("/api/v1/matches/" + match + "/accept").then().statusCode(200).body("status", equalTo("PROPOSED"));
        as(hromadaUser).post("/api/v1/matches/" + match + "/accept").then().statusCode(200).body("status", equalTo("PROPOSED"));
        String partnership = as(gminaUser).post("/api/v1/matches/" + match + "/accept").then().statusCode(200)
                .body("status", equalTo("AGREED")).extract().path("partnershipId");

        RestAssured.given().get("/api/v1/partnerships/" + partnership).then().statusCode(200)
                .body("parties", hasSize(3))
                .body("parties.joinedAt", everyItem(notNullValue()))
                .body("parties.find { it.authorityId == '" + hromada + "' }.team", equalTo("RECEIVING"))
                .body("parties.find { it.authorityId == '" + hromada + "' }.coordinator", equalTo(true))
                .body("parties.findAll { it.team == 'SUPPORTING' }.authorityId", containsInAnyOrder(gmina, stadt))
                .body("parties.findAll { it.team == 'SUPPORTING' && it.coordinator }", hasSize(1));
        // The public page names all three, the side the work is for first.
        String gateway = platform.services.url(TestServices.GATEWAY).toString();
        RestAssured.given().baseUri(gateway).cookie("lang", "en").get("/partnerships/" + partnership).then()
                .statusCode(200).body(containsString("<h1>Zaturtsivska silska terytorialna hromada — "))
                .body(containsString("Gmina Klaster " + suffix)).body(containsString("Stadt Verbund " + suffix));
        RestAssured.given().baseUri(gateway).cookie("lang", "uk").get("/partnerships/" + partnership).then()
                .statusCode(200).body(containsString("<h1>Затурцівська сільська територіальна громада — "));
    }

    private static String register(String country, String name, String language) {
        return partner().body(Map.of("kind", "MUNICIPALITY", "country", country,
                        "profile", Map.of("nameOfficial", name, "languages", List.of(language))))
                .post("/api/v1/authorities").then().statusCode(201).extract().path("id");
    }
}
