package eu.twinninghub.e2e;

import static eu.twinninghub.e2e.E2ePlatform.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.TestServices;
import eu.twinninghub.testing.Tokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The web pages in a real browser (Debian's Chromium, headless, driven by Playwright from
 * {@code deploy/e2e/browser}): a hromada posts a need, an EU municipality an offer, both accept the
 * proposal, and the partnership is on both dashboards. Screenshots of every page in Ukrainian and
 * English are left in {@code deploy/e2e/target/screenshots}.
 */
class BrowserStoryTest {

    private static final UUID VINNYTSIA = UUID.fromString("c69235b9-4730-305d-8fee-c51897a80b07");
    private static final UUID AACHEN = UUID.fromString("ec3e94a9-215a-3408-8a62-d8cfc0eced84");
    /** Бершадська міська територіальна громада, Vinnytsia's neighbour the story invites (KATOTTG of the register). */
    private static final UUID BERSHAD = UUID.nameUUIDFromBytes(
            "authority:UA05040010000022470".getBytes(StandardCharsets.UTF_8));
    private static final Path SHOTS = StoryBrowser.SHOTS;
    private static final Duration SOON = Duration.ofMinutes(1);

    /** One browser for the class's stories, started at the first step. */
    private static StoryBrowser browser;

    @Test
    void aHromadaAndAMunicipalityBecomePartnersThroughThePages() throws Exception {
        E2ePlatform platform = E2ePlatform.get();
        String gateway = platform.services.url(TestServices.GATEWAY).toString().replaceAll("/$", "");
        RealmUsers.allowSignInAt(platform.services.url(TestServices.GATEWAY));
        String hromada = RealmUsers.adminOf(VINNYTSIA, "uk");
        String municipality = RealmUsers.adminOf(AACHEN, "en");
        String title = "Водоочисна станція лікарні " + UUID.randomUUID().toString().substring(0, 6);

        JsonNode firstVisit = step("public", gateway, null, Map.of());
        assertTrue(firstVisit.path("firstPageBytes").asLong() < 200 * 1024);
        String need = step("need", gateway, hromada, Map.of("STORY_TITLE", title)).path("need").asText();
        String offer = step("offer", gateway, municipality, Map.of()).path("offer").asText();

        // The allocation runs on a schedule in production; here the platform admin asks for it.
        await().atMost(SOON).until(() -> as(hromada).get("/api/v1/matching/needs/" + need + "/candidates")
                .then().extract().<List<String>>path("itemId").contains(offer));
        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
        String match = await().atMost(SOON).until(() -> as(hromada).queryParam("need", need).get("/api/v1/matches")
                .then().statusCode(200).extract().<String>path("items.find { it.offers[0].itemId == '" + offer + "' }.id"),
                notNullValue());

        step("acceptOffer", gateway, municipality, Map.of("STORY_MATCH", match));
        String partnership = step("acceptNeed", gateway, hromada, Map.of("STORY_MATCH", match)).path("partnership").asText();
        // The neighbouring hromada the story invited accepts (its people do, through the API here).
        as(RealmUsers.adminOf(BERSHAD, "uk")).post("/api/v1/partnerships/" + partnership + "/members/" + BERSHAD
                + "/consent").then().statusCode(200);
        step("coordinate", gateway, hromada, Map.of("STORY_PARTNERSHIP", partnership));
        step("partnershipSeen", gateway, municipality, Map.of("STORY_PARTNERSHIP", partnership));
        for (String lang : List.of("uk", "en")) {
            assertTrue(Files.exists(SHOTS.resolve("alliance-" + lang + ".png")), "the Alliance's map in " + lang);
        }

        as(hromada).get("/api/v1/partnerships/" + partnership).then().statusCode(200)
                .body("status", equalTo("MOU_SIGNED"))
                .body("parties.find { it.coordinator && it.team == 'RECEIVING' }.authorityId", equalTo(BERSHAD.toString()))
                .body("updates.size()", equalTo(1));
        await().atMost(SOON).untilAsserted(() -> as(hromada).get("/api/v1/needs/" + need).then()
                .body("status", equalTo("MATCHED")));
        try (var shots = Files.list(SHOTS)) {
            assertTrue(shots.count() >= 20, "screenshots of every page in both languages");
        }
    }

    /**
     * Equal footing, through the pages: a German town asks in German, a hromada with the know-how reads
     * the need on a Ukrainian page (marked as written in German, translated by machine on request) and
     * says "let's talk", the town answers in German and proposes the partnership, and
     * the hromada agrees. No engine proposal is needed; screenshots in uk, en, de and pl.
     */
    @Test
    void aGermanTownsNeedAndAHromadaAgreeAPartnershipByTalking() throws Exception {
        E2ePlatform platform = E2ePlatform.get();
        String gateway = platform.services.url(TestServices.GATEWAY).toString().replaceAll("/$", "");
        RealmUsers.allowSignInAt(platform.services.url(TestServices.GATEWAY));
        String hromada = RealmUsers.adminOf(VINNYTSIA, "uk");
        String town = RealmUsers.adminOf(AACHEN, "en");
        String run = UUID.randomUUID().toString().substring(0, 6);
        // The town writes in German only and says so; the hromada reads it on a Ukrainian page.
        String need = published(town, "needs", """
                {"authorityId":"%s","title":{"de":"%s","original":"de"},
                 "sector":"civil-protection","supportModes":["peer-exchange","capacity-building"],
                 "expertiseTags":["civil protection","blackout drills"],"urgency":"MEDIUM","languages":["de","en"]}"""
                .formatted(AACHEN, E2ePlatform.GERMAN_NEED));
        String offer = published(hromada, "offers", """
                {"authorityId":"%s","title":{"uk":"Досвід роботи пунктів незламності %s","en":"Running resilience points %s"},
                 "sectors":["civil-protection"],"supportModes":["peer-exchange","capacity-building"],
                 "expertiseTags":["civil protection","blackout drills"],"capacity":2,"languages":["uk","en"]}"""
                .formatted(VINNYTSIA, run, run));
        // Matching learns of both from their events; until then the need is not open there (404).
        await().atMost(SOON).until(() -> {
            var candidates = as(town).get("/api/v1/matching/needs/" + need + "/candidates");
            return candidates.statusCode() == 200 && candidates.jsonPath().getList("itemId").contains(offer);
        });

        String message = "Маємо досвід пунктів незламності під час відключень. Поговорімо?";
        String answer = "Sehr gern! Können Sie im März zu uns kommen?";
        String conversation = step("talk", gateway, hromada, Map.of("STORY_NEED", need, "STORY_MESSAGE", message,
                "STORY_NEED_TRANSLATION", E2ePlatform.TRANSLATIONS.get("de>uk:" + E2ePlatform.GERMAN_NEED)))
                .path("conversation").asText();
        String match = step("answer", gateway, town, Map.of("STORY_CONVERSATION", conversation, "STORY_ANSWER", answer,
                "STORY_NEED", need, "STORY_OFFER", offer)).path("match").asText();
        String partnership = step("agree", gateway, hromada, Map.of("STORY_CONVERSATION", conversation,
                "STORY_ANSWER", answer, "STORY_TRANSLATION", E2ePlatform.TRANSLATIONS.get("de>uk:" + answer)))
                .path("partnership").asText();

        as(town).get("/api/v1/conversations/" + conversation).then().statusCode(200)
                .body("messages.language", equalTo(List.of("uk", "de")))
                .body("messages.text", equalTo(List.of(message, answer)))
                .body("matchId", equalTo(match));
        as(town).get("/api/v1/partnerships/" + partnership).then().statusCode(200)
                .body("status", equalTo("ESTABLISHED"))
                .body("parties.find { it.side == 'NEED' }.authorityId", equalTo(AACHEN.toString()))
                .body("parties.find { it.side == 'OFFER' }.authorityId", equalTo(VINNYTSIA.toString()));
        for (String lang : List.of("uk", "en", "de", "pl")) {
            assertTrue(Files.exists(SHOTS.resolve("conversation-" + lang + ".png")), "the thread in " + lang);
        }
    }

    /** Posts and publishes a need or an offer as {@code user}; answers its id. */
    private static String published(String user, String kind, String body) {
        String id = as(user).body(body).post("/api/v1/" + kind).then().statusCode(201).extract().path("id");
        as(user).body(Map.of("status", "OPEN")).post("/api/v1/" + kind + "/" + id + "/status").then().statusCode(200);
        return id;
    }

    /**
     * A person with no authority finds a hromada of the register through the join page and claims it;
     * the platform admin approves it from the queue page; the person, still signed in from before,
     * continues and acts for the hromada.
     */
    @Test
    void aNewcomerJoinsAHromadaThroughThePages() throws Exception {
        E2ePlatform platform = E2ePlatform.get();
        String gateway = platform.services.url(TestServices.GATEWAY).toString().replaceAll("/$", "");
        RealmUsers.allowSignInAt(platform.services.url(TestServices.GATEWAY));
        String newcomer = RealmUsers.newcomer("uk");
        // A hromada nobody acts for, well away from those the other stories take.
        var hromada = as(newcomer).queryParam("kind", "HROMADA").queryParam("verification", "PENDING")
                .queryParam("limit", 60).get("/api/v1/authorities").then().statusCode(200)
                .extract().jsonPath().getMap("items[50]");
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>) hromada.get("profile");
        String authority = (String) hromada.get("id");
        String name = (String) (profile.get("nameEnglish") != null ? profile.get("nameEnglish") : profile.get("nameOfficial"));

        String claim = step("join", gateway, newcomer, Map.of("STORY_QUERY", (String) profile.get("nameOfficial"),
                "STORY_AUTHORITY", authority, "STORY_EMAIL", newcomer + "@rada.example")).path("claim").asText();
        as(newcomer).get("/api/v1/claims/" + claim).then().statusCode(200).body("state", equalTo("PENDING"))
                .body("authorityId", equalTo(authority));
        step("decide", gateway, "platform-admin", Map.of("STORY_CLAIM", claim));
        as("platform-admin").get("/api/v1/claims/" + claim).then().statusCode(200).body("state", equalTo("APPROVED"));
        step("joined", gateway, null, Map.of("STORY_NAME", name));
    }

    /** Runs one step of the story as {@code user} (nobody signed in when null) and returns what it answered. */
    private static JsonNode step(String name, String gateway, String user, Map<String, String> extra)
            throws IOException, InterruptedException {
        if (browser == null) {
            browser = new StoryBrowser(gateway);
        }
        Map<String, String> env = new HashMap<>(extra);
        if (user != null) {
            env.put("STORY_USER", user);
            env.put("STORY_PASSWORD", Tokens.DEMO_PASSWORD);
        }
        return browser.step(name, env);
    }

    @AfterAll
    static void closeTheBrowser() throws IOException, InterruptedException {
        if (browser != null) {
            browser.close();
        }
    }
}
