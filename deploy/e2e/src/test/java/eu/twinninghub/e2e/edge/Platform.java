package eu.twinninghub.e2e.edge;

import static eu.twinninghub.testing.Calls.as;
import static org.awaitility.Awaitility.await;

import eu.twinninghub.testing.RealmUsers;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the edge tests set up through the gateway itself: authorities, needs, offers, proposals. Their
 * needs and offers are in a sector no other end-to-end test posts in (municipal services): an
 * allocation proposes only within a sector, so no test's allocation pairs its postings with another's.
 */
final class Platform {

    static final UUID VINNYTSIA = UUID.fromString("c69235b9-4730-305d-8fee-c51897a80b07");
    static final UUID AACHEN = UUID.fromString("ec3e94a9-215a-3408-8a62-d8cfc0eced84");
    static final UUID AUC = UUID.fromString("5232bfc8-354b-3dba-852d-642bb2510350");
    /** Verified hromadas of the demo register (development strategies on record), by their KATOTTG codes. */
    static final UUID BERSHAD = hromada("UA05040010000022470");
    static final UUID LUKA_MELESHKIVSKA = hromada("UA05020150000074651");
    static final UUID OBODIVKA = hromada("UA05040150000077146");
    static final UUID YAMPIL = hromada("UA05080110000056824");

    private Platform() {
    }

    static String needBody(UUID authority, String title) {
        return """
                {"authorityId":"%s","title":{"uk":"%s","en":"%s"},"sector":"municipal-services",
                 "supportModes":["technical-assistance"],"expertiseTags":["waste sorting"],"urgency":"HIGH",
                 "languages":["uk","en"]}""".formatted(authority, title, title);
    }

    static String offerBody(UUID authority, String title) {
        return """
                {"authorityId":"%s","title":{"en":"%s","uk":"%s"},"sectors":["municipal-services"],
                 "supportModes":["technical-assistance"],"expertiseTags":["waste sorting"],"capacity":10,
                 "languages":["de","en","uk"]}""".formatted(authority, title, title);
    }

    static String createNeed(String user, UUID authority) {
        return as(user).body(needBody(authority, "Waste sorting for schools " + UUID.randomUUID()))
                .post("/api/v1/needs").then().statusCode(201).extract().path("id");
    }

    static String createOffer(String user, UUID authority) {
        return as(user).body(offerBody(authority, "Waste sorting engineering " + UUID.randomUUID()))
                .post("/api/v1/offers").then().statusCode(201).extract().path("id");
    }

    static void open(String user, String kind, String id) {
        as(user).body(Map.of("status", "OPEN")).post("/api/v1/" + kind + "/" + id + "/status").then().statusCode(200);
    }

    /**
     * An EU municipality (its LAU code is optional until known) registered by {@code registrar};
     * a partner network registering it invites it (see {@link #acceptAuc}).
     */
    static String registerMunicipality(RequestSpecification registrar) {
        return registrar.body(municipality())
                .post("/api/v1/authorities").then().statusCode(201).extract().path("id");
    }

    /** {@code authority} accepts the AUC network's invitation, through an admin of its own made for it. */
    static void acceptAuc(String authority) {
        String admin = RealmUsers.adminOf(UUID.fromString(authority), "en");
        as(admin).put("/api/v1/authorities/" + authority + "/networks/" + AUC).then().statusCode(200);
    }

    /** A partner network of its own, registered by a platform admin. */
    static String registerNetwork() {
        return as("platform-admin").body("""
                {"kind":"PARTNER_NETWORK","country":"BE","profile":{"nameOfficial":"Network %s","languages":["en"]}}"""
                .formatted(UUID.randomUUID())).post("/api/v1/authorities").then().statusCode(201).extract().path("id");
    }

    static String municipality() {
        return """
                {"kind":"MUNICIPALITY","country":"PL","profile":{"nameOfficial":"Gmina %s","languages":["pl","en"]}}"""
                .formatted(UUID.randomUUID());
    }

    /**
     * {@code count} fresh proposals between a need of Vinnytsia and an offer of Aachen: both posted
     * and published, known to matching (over Kafka), then the allocation run on demand.
     */
    static List<String> proposals(int count) {
        List<Map<String, Object>> pairs = openPairs(count);
        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
        List<String> matches = new ArrayList<>();
        for (Map<String, Object> pair : pairs) {
            Object need = pair.get("needId");
            List<String> found = as("vinnytsia-admin").queryParam("need", need).queryParam("status", "PROPOSED")
                    .get("/api/v1/matches").then().statusCode(200).extract().path("items.id");
            if (found.isEmpty()) {
                throw new AssertionError("the allocation proposed nothing for need " + need);
            }
            matches.add(found.get(0));
        }
        return matches;
    }

    /**
     * {@code count} pairs of an open need of Vinnytsia and an open offer of Aachen that matching knows,
     * as a proposal's body names them: all posted first, then waited for together.
     */
    static List<Map<String, Object>> openPairs(int count) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String need = createNeed("vinnytsia-admin", VINNYTSIA);
            open("vinnytsia-admin", "needs", need);
            String offer = createOffer("aachen-admin", AACHEN);
            open("aachen-admin", "offers", offer);
            pairs.add(Map.of("needId", need, "offerId", offer));
        }
        for (Map<String, Object> pair : pairs) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> candidates((String) pair.get("needId")) > 0);
        }
        return pairs;
    }

    /** A conversation Aachen opened about {@code match} with Vinnytsia. */
    static String conversationAbout(String match) {
        return as("aachen-admin").body(Map.of("subjectKind", "MATCH", "subjectId", match,
                        "text", "Could we talk about it?", "language", "en"))
                .post("/api/v1/conversations").then().statusCode(201).extract().path("id");
    }

    private static int candidates(String need) {
        var response = as("vinnytsia-admin").get("/api/v1/matching/needs/" + need + "/candidates");
        return response.statusCode() == 200 ? response.jsonPath().getList("$").size() : 0;
    }

    /** The id the demo register gives the hromada of {@code katottg}. */
    static UUID hromada(String katottg) {
        return UUID.nameUUIDFromBytes(("authority:" + katottg).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A partnership of the hromada of {@code katottg} and Aachen made elsewhere, registered by a platform
     * admin, into whose supporting side Aachen invited Vinnytsia.
     */
    static String vinnytsiaInvitedBesideAachen(String katottg) {
        String partnership = as("platform-admin").body(Map.of("source", "A network's list", "licence", "CC BY 4.0",
                        "retrieved", "2026-11-30", "rows", List.of(Map.of("hromadaCode", katottg,
                                "partnerName", "Aachen", "partnerCountry", "DE"))))
                .post("/api/v1/partnerships/imports").then().statusCode(200).extract().path("rows[0].partnershipId");
        as("aachen-admin").body(Map.of("authorityId", VINNYTSIA, "team", "SUPPORTING"))
                .post("/api/v1/partnerships/" + partnership + "/members").then().statusCode(200);
        return partnership;
    }

    /** {@code authority} joins the receiving side of {@code partnership}: Vinnytsia invites it, its admin says yes. */
    static void joinsBesideVinnytsia(String partnership, UUID authority) {
        as("vinnytsia-admin").body(Map.of("authorityId", authority, "team", "RECEIVING"))
                .post("/api/v1/partnerships/" + partnership + "/members").then().statusCode(200);
        as(RealmUsers.adminOf(authority, "uk")).post("/api/v1/partnerships/" + partnership + "/members/" + authority
                + "/consent").then().statusCode(200);
    }

    /** The partnership of Vinnytsia and Aachen that {@code match}, a proposal between them, becomes once both accept. */
    static String partnershipOf(String match) {
        as("vinnytsia-admin").post("/api/v1/matches/" + match + "/accept").then().statusCode(200);
        return as("aachen-admin").post("/api/v1/matches/" + match + "/accept").then().statusCode(200)
                .extract().path("partnershipId");
    }
}
