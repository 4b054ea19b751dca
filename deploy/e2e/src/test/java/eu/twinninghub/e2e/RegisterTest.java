package eu.twinninghub.e2e;

import static eu.twinninghub.e2e.E2ePlatform.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import eu.twinninghub.testing.TestServices;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Alliance's register, through the gateway: a list of partnerships made elsewhere goes in (a real
 * hromada of the reference data by its KATOTTG code, its partner town by name), shows in the coverage
 * figures and on the Alliance page, and the engine no longer proposes the pair.
 */
class RegisterTest {

    private static final String LADYZHYN_CODE = "UA05040130000025322";
    private static final UUID VINNYTSKA_OBLAST = UUID.nameUUIDFromBytes(
            "authority:oblast:Вінницька область".getBytes(StandardCharsets.UTF_8));
    private static final Duration SOON = Duration.ofSeconds(60);

    /** Vinnytsia oblast's hromadas with a partner, as the Alliance's figures count them. */
    private static int partnered() {
        return as("platform-admin").get("/api/v1/analytics/coverage").then().statusCode(200).extract()
                .path("oblasts.find { it.oblastId == '" + VINNYTSKA_OBLAST + "' }.hromadasWithPartner");
    }

    @Test
    void anImportedPartnershipShowsOnTheMapAndTheEngineLeavesThePairAlone() {
        E2ePlatform platform = E2ePlatform.get();
        String gateway = platform.services.url(TestServices.GATEWAY).toString();
        int before = partnered();
        String csv = "hromada_code,hromada_name,partner_code,partner_name,partner_country,since,reference\n"
                + LADYZHYN_CODE + ",,,Lüdinghausen,DE,,row 1\n";
        var report = as("platform-admin").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "An association's list of its members' partnerships")
                .queryParam("licence", "CC BY 4.0").queryParam("retrieved", "2026-11-30")
                .post("/api/v1/partnerships/imports").then().statusCode(200)
                .body("rows[0].status", equalTo("MATCHED_BY_NAME")).extract();
        String hromada = report.path("rows[0].hromadaId");
        String town = report.path("rows[0].partnerId");

        // The figures are served from a computation at most a second old here (a minute in production).
        await().atMost(SOON).until(() -> partnered() > before);
        as("platform-admin").get("/api/v1/analytics/coverage").then().statusCode(200)
                .body("partnerCountries.country", hasItem("DE"));
        RestAssured.given().baseUri(gateway).cookie("lang", "en").get("/alliance").then().statusCode(200)
                .body(containsString("<a href=\"/needs?oblast=" + VINNYTSKA_OBLAST + "\"><path"));

        // Both verified, a need of the hromada and an offer of its twin town that fits it exactly.
        for (String authority : List.of(hromada, town)) {
            as("platform-admin").body(Map.of("status", "VERIFIED", "reason", "council decision checked"))
                    .post("/api/v1/authorities/" + authority + "/verification");
        }
        String tag = "riverbank " + UUID.randomUUID().toString().substring(0, 6);
        String need = E2ePlatform.post("platform-admin", "needs", """
                {"authorityId":"%s","title":{"en":"Strengthen the riverbank %s"},"sector":"environment",
                 "supportModes":["technical-assistance"],"expertiseTags":["%s"],"urgency":"HIGH",
                 "languages":["uk","de"]}""".formatted(hromada, tag, tag));
        E2ePlatform.publish("platform-admin", "needs", need);
        String offer = E2ePlatform.post("platform-admin", "offers", """
                {"authorityId":"%s","title":{"de":"Uferschutz %s","original":"de"},"sectors":["environment"],
                 "supportModes":["technical-assistance"],"expertiseTags":["%s"],"capacity":2,
                 "languages":["de","uk"]}""".formatted(town, tag, tag));
        E2ePlatform.publish("platform-admin", "offers", offer);
        // The engine sees the pair as its best candidate, and still does not propose it.
        await().atMost(SOON).until(() -> {
            var candidates = as("platform-admin").get("/api/v1/matching/needs/" + need + "/candidates");
            return candidates.statusCode() == 200 && candidates.jsonPath().getList("itemId").contains(offer);
        });
        // Another test may be running an allocation at this moment (409): this one waits its turn.
        await().atMost(SOON).until(() -> as("platform-admin").post("/api/v1/matching/allocation").statusCode() == 200);
        as("platform-admin").queryParam("need", need).get("/api/v1/matches").then().statusCode(200)
                .body("items.offers.flatten().itemId", not(hasItem(offer)));
    }
}
