package eu.twinninghub.e2e.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.twinninghub.e2e.E2ePlatform;
import eu.twinninghub.testing.Calls;
import eu.twinninghub.testing.TestKeycloak;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public pages as a browser gets them: in the reader's language, with the data of the
 * services; the signed-in pages send the browser to Keycloak. The whole signed-in story runs in a
 * real browser in deploy/e2e (BrowserStoryTest).
 */
class WebPagesTest {

    private final E2ePlatform platform = E2ePlatform.get();


    @Test
    void theHomePageSpeaksTheBrowsersLanguageUnlessTheReaderChoseAnother() {
        given().header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5").get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"uk\">"))
                .body(containsString("Партнери для відбудови України"));
        given().header("Accept-Language", "de-DE,de;q=0.9").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"de\">"))
                .body(containsString("Partner für den Wiederaufbau der Ukraine"));
        given().header("Accept-Language", "pl-PL,pl;q=0.9").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"pl\">"))
                .body(containsString("Partnerzy odbudowy Ukrainy"));
        given().header("Accept-Language", "fr-FR,fr;q=0.9").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Partners for Ukraine&#39;s reconstruction"));
        given().header("Accept-Language", "uk").cookie("lang", "en").get("/").then()
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceAndReturnsOnlyWithinTheSite() {
        var switched = given().header("Sec-Fetch-Site", "same-origin")
                .formParams(Map.of("lang", "uk", "back", "/needs?sector=energy")).redirects().follow(false)
                .post("/language").then().statusCode(303).extract();
        URI back = URI.create(switched.header("Location"));
        assertEquals("/needs?sector=energy", back.getPath() + "?" + back.getQuery());
        assertEquals("uk", switched.cookie("lang"));
        given().header("Sec-Fetch-Site", "same-origin")
                .formParams(Map.of("lang", "en", "back", "//evil.example/x")).redirects().follow(false)
                .post("/language").then().statusCode(303).header("Location", not(containsString("evil")));
    }

    @Test
    void everyPageAndApiAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/needs", "/api/v1/taxonomy", "/api/v1/needs/not-a-uuid")) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("script-src 'none'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    // A form whose answer is "sign in again" may go on to the realm, and nowhere else.
                    .header("Content-Security-Policy", containsString("form-action 'self' " + TestKeycloak.realmUrl() + "/;"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("Permissions-Policy", containsString("camera=()"))
                    // Plain http here: HSTS is for the TLS-only production overlay.
                    .header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        given().header("Origin", "https://evil.example").formParams(Map.of("lang", "uk", "back", "/"))
                .redirects().follow(false).post("/language").then().statusCode(403);
        // No Origin at all, or a cross-site fetch: refused too (it was accepted before).
        given().formParams(Map.of("lang", "uk", "back", "/")).redirects().follow(false).post("/language")
                .then().statusCode(403);
        given().header("Sec-Fetch-Site", "cross-site").formParams(Map.of("lang", "uk", "back", "/"))
                .redirects().follow(false).post("/language").then().statusCode(403);
        // The page's path encoded or dressed up is still the page (/%61pp got round the check before).
        for (String path : List.of("/%6Canguage", "/x/../language", "//language")) {
            given().urlEncodingEnabled(false).header("Origin", "https://evil.example")
                    .formParams(Map.of("lang", "uk", "back", "/")).redirects().follow(false).post(path)
                    .then().statusCode(403);
        }
    }

    @Test
    void anOpenNeedIsListedAndShownInBothLanguages() {
        String title = "Ремонт гуртожитку лікарні " + UUID.randomUUID();
        String need = Calls.as("vinnytsia-admin").body("""
                {"authorityId":"%s","title":{"uk":"%s","en":"Hospital dormitory repair"},"sector":"housing",
                 "supportModes":["technical-assistance"],"urgency":"CRITICAL","languages":["uk","en"]}"""
                .formatted(Platform.VINNYTSIA, title)).post("/api/v1/needs").then().statusCode(201).extract().path("id");
        Calls.as("vinnytsia-admin").body(Map.of("status", "OPEN")).post("/api/v1/needs/" + need + "/status")
                .then().statusCode(200);

        given().cookie("lang", "uk").queryParam("q", title).get("/needs").then().statusCode(200)
                .body(containsString(title))
                .body(containsString("Критична"));
        // By the posting authority's country: a Ukrainian hromada's need is under UA, not under DE.
        given().cookie("lang", "en").queryParam("q", title).queryParam("country", "ua").get("/needs").then()
                .statusCode(200).body(containsString("Hospital dormitory repair")).body(containsString("value=\"UA\""));
        given().cookie("lang", "en").queryParam("q", title).queryParam("country", "DE").get("/needs").then()
                .statusCode(200).body(not(containsString("Hospital dormitory repair")))
                .body(containsString("Nothing matches these filters."));
        // By the hromada's oblast, chosen from the register's oblasts (ids as the demo register derives them).
        UUID vinnytskaOblast = UUID.nameUUIDFromBytes("authority:oblast:Вінницька область".getBytes(StandardCharsets.UTF_8));
        UUID kyivskaOblast = UUID.nameUUIDFromBytes("authority:oblast:Київська область".getBytes(StandardCharsets.UTF_8));
        given().cookie("lang", "uk").queryParam("q", title).queryParam("oblast", vinnytskaOblast.toString())
                .get("/needs").then().statusCode(200).body(containsString("href=\"/needs/" + need + "\""))
                .body(containsString("<option value=\"" + vinnytskaOblast + "\" selected>Вінницька"))
                .body(containsString("<option value=\"" + kyivskaOblast + "\" >Київська"));
        given().cookie("lang", "uk").queryParam("q", title).queryParam("oblast", kyivskaOblast.toString())
                .get("/needs").then().statusCode(200).body(not(containsString("href=\"/needs/" + need + "\"")));
        // And within it, by rayon: the oblast's rayons are offered once the oblast is chosen.
        given().cookie("lang", "uk").queryParam("q", title).queryParam("oblast", vinnytskaOblast.toString())
                .queryParam("rayon", "Вінницький район").get("/needs").then().statusCode(200)
                .body(containsString("href=\"/needs/" + need + "\""))
                .body(containsString("<option value=\"Вінницький район\" selected>"))
                .body(containsString("<option value=\"Гайсинський район\" >"));
        given().cookie("lang", "uk").queryParam("q", title).queryParam("oblast", vinnytskaOblast.toString())
                .queryParam("rayon", "Гайсинський район").get("/needs").then().statusCode(200)
                .body(not(containsString("href=\"/needs/" + need + "\"")));
        given().cookie("lang", "uk").get("/needs/" + need).then().statusCode(200)
                .body(containsString(title))
                .body(containsString("Вінниц"));
        given().cookie("lang", "en").get("/needs/" + need).then().statusCode(200)
                .body(containsString("Hospital dormitory repair"))
                .body(containsString("Critical"));
    }

    /**
     * A need written in German only: a German reader gets it as it is; anyone else gets the German
     * original, marked as such, and an offer to translate it (this platform has an engine; without
     * one nothing is offered: the gateway's PostingTranslationsTest).
     */
    @Test
    void aNeedWrittenInGermanIsShownAsWrittenAndSaysSoToOtherReaders() {
        String title = "Katastrophenschutz lernen " + UUID.randomUUID();
        String need = Calls.as("aachen-admin").body("""
                {"authorityId":"%s","title":{"de":"%s","original":"de"},"sector":"civil-protection",
                 "supportModes":["peer-exchange"],"urgency":"MEDIUM","languages":["de"]}"""
                .formatted(Platform.AACHEN, title)).post("/api/v1/needs").then().statusCode(201).extract().path("id");
        Calls.as("aachen-admin").body(Map.of("status", "OPEN")).post("/api/v1/needs/" + need + "/status")
                .then().statusCode(200);

        given().cookie("lang", "de").get("/needs/" + need).then().statusCode(200)
                .body(containsString("<h1 lang=\"de\">" + title + "</h1>"))
                .body(not(containsString("class=\"hint original\"")))
                .body(not(containsString("translate=true")));
        given().cookie("lang", "uk").get("/needs/" + need).then().statusCode(200)
                .body(containsString("<h1 lang=\"de\">" + title + "</h1>"))
                .body(containsString("Як написано, мовою: німецька"))
                .body(containsString("href=\"?translate=true#translation\""));
        given().cookie("lang", "en").get("/needs/" + need).then().statusCode(200)
                .body(containsString("As written, in German"));
    }

    /**
     * The Alliance page: a map of all 27 places drawn from the boundary data, each oblast of the
     * register linked to its needs, the measure chosen (an unknown one falls back to the default), the
     * tables, and the link the boundary data's licence asks for.
     */
    @Test
    void theAlliancePageMapsEveryOblastAndLinksToItsNeeds() {
        UUID vinnytskaOblast = UUID.nameUUIDFromBytes(
                "authority:oblast:Вінницька область".getBytes(StandardCharsets.UTF_8));
        String uk = given().cookie("lang", "uk").get("/alliance").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Де допомога є, а де її бракує"))
                .body(containsString("<a href=\"/needs?oblast=" + vinnytskaOblast + "\"><path d=\"M"))
                .body(containsString("<option value=\"PARTNERED_SHARE\" selected>"))
                .body(containsString("href=\"https://www.amcharts.com/\""))
                .body(containsString("/api/v1/analytics/coverage.csv"))
                .body(containsString("Помісячно"))
                .body(containsString("/api/v1/analytics/trends.csv"))
                .body(containsString(YearMonth.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("LLLL yyyy",
                        Locale.forLanguageTag("uk")))))
                .extract().asString();
        assertEquals(27, uk.split("<path d=\"M", -1).length - 1, "every oblast, Crimea, Kyiv and Sevastopol");
        given().cookie("lang", "en").queryParam("measure", "OPEN_NEEDS").get("/alliance").then().statusCode(200)
                .body(containsString("<option value=\"OPEN_NEEDS\" selected>"))
                .body(containsString("Where help is, and where it is missing"))
                .body(containsString("Autonomous Republic of Crimea"));
        given().cookie("lang", "en").queryParam("measure", "<script>").get("/alliance").then().statusCode(200)
                .body(containsString("<option value=\"PARTNERED_SHARE\" selected>"));
        given().get("/api/v1/analytics/coverage").then().statusCode(200)
                .body("oblasts.oblastId", hasItem(vinnytskaOblast.toString()));
        given().get("/api/v1/analytics/trends.csv").then().statusCode(200)
                .body(containsString("month,needs_published,proposals,partnerships_made,partnerships_registered"));
    }

    @Test
    void aMissingNeedIsAPageInTheReadersLanguageNotAProblemBody() {
        given().cookie("lang", "uk").get("/needs/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Такої сторінки немає"));
        given().cookie("lang", "en").get("/needs/not-a-uuid").then().statusCode(404)
                .contentType(containsString("text/html"));
    }

    @Test
    void offersAndPartnershipsAreListedWithTheOpenDataLinks() {
        given().cookie("lang", "en").queryParam("country", "de").get("/offers").then().statusCode(200)
                .body(containsString("Offers of expertise"));
        given().cookie("lang", "uk").get("/partnerships").then().statusCode(200)
                .body(containsString("/api/v1/partnerships/export.csv"))
                .body(containsString("CC BY 4.0"));
    }

    @Test
    void aPartnershipPageShowsBothSidesTheirCoordinatorsAndWhoLeftWhy() {
        String partnership = Calls.as("platform-admin").body(Map.of("source", "A network's list", "licence",
                        "CC BY 4.0", "retrieved", "2026-11-30", "rows", List.of(Map.of(
                                "hromadaCode", "UA05100050000038768", "partnerName", "Aachen", "partnerCountry", "DE"))))
                .post("/api/v1/partnerships/imports").then().statusCode(200).extract().path("rows[0].partnershipId");
        String members = "/api/v1/partnerships/" + partnership + "/members";
        Calls.as("aachen-admin").body(Map.of("authorityId", Platform.VINNYTSIA, "team", "SUPPORTING")).post(members).then()
                .statusCode(200);
        given().cookie("lang", "en").get("/partnerships/" + partnership).then().statusCode(200)
                .body(containsString("Receiving side"))
                .body(containsString("Supporting side"))
                .body(containsString("coordinator"))
                .body(containsString("Invited, not answered yet"));

        int version = Calls.as("aachen-admin").get("/api/v1/partnerships/" + partnership).then().extract().path("version");
        Calls.as("aachen-admin").body(Map.of("themes", List.of("governance"), "fundingProgrammes",
                List.of("interreg-next-pl-ua"), "version", version)).put("/api/v1/partnerships/" + partnership + "/plan")
                .then().statusCode(200);
        given().cookie("lang", "pl").get("/partnerships/" + partnership).then().statusCode(200)
                .body(containsString("Programy finansowania"))
                .body(containsString("<a href=\"https://pl-ua.eu/en/\" rel=\"noopener\">Interreg NEXT Poland–Ukraine"));

        Calls.as("vinnytsia-admin").post(members + "/" + Platform.VINNYTSIA + "/consent").then().statusCode(200);
        Calls.as("vinnytsia-admin").body(Map.of("reason", "Рада переглянула пріоритети")).post(members + "/"
                + Platform.VINNYTSIA + "/departure").then().statusCode(200);
        given().cookie("lang", "uk").get("/partnerships/" + partnership).then().statusCode(200)
                .body(containsString("Сторона, що отримує допомогу"))
                // A Ukrainian reader finds the hromada by the name it has, not by its transliteration.
                .body(containsString("<li>Городківська сільська територіальна громада (UA)"))
                .body(containsString("Колишні учасники"))
                .body(containsString("Рада переглянула пріоритети"))
                .body(not(containsString("Запрошені, ще без відповіді")));
    }

    @Test
    void theSignedInPagesSendTheBrowserToKeycloakWithPkce() {
        String location = given().redirects().follow(false).get("/app").then().statusCode(302).extract()
                .header("Location");
        assertThat(location, startsWith(TestKeycloak.realmUrl() + "/protocol/openid-connect/auth"));
        assertThat(location, containsString("code_challenge_method=S256"));
        assertThat(location, containsString("client_id=twinning-gateway"));
    }
}
