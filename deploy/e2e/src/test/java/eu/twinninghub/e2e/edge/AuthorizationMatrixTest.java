package eu.twinninghub.e2e.edge;

import static eu.twinninghub.e2e.edge.Platform.AACHEN;
import static eu.twinninghub.e2e.edge.Platform.AUC;
import static eu.twinninghub.e2e.edge.Platform.BERSHAD;
import static eu.twinninghub.e2e.edge.Platform.LUKA_MELESHKIVSKA;
import static eu.twinninghub.e2e.edge.Platform.OBODIVKA;
import static eu.twinninghub.e2e.edge.Platform.VINNYTSIA;
import static eu.twinninghub.e2e.edge.Platform.YAMPIL;
import static eu.twinninghub.testing.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.e2e.E2ePlatform;
import eu.twinninghub.testing.RealmUsers;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write operation of the public API, and the reads of trust, called through the gateway by each kind of caller with
 * real Keycloak tokens, against the real services: who may, who may not, and that a refusal is a
 * problem+json answer. One row per operation; each cell prepares the data it changes, so that a
 * success in one cell cannot decide another. A caller who may not even see the subject (another
 * authority's draft, a proposal between others) gets 404, not 403: its existence is not revealed.
 */
class AuthorizationMatrixTest {

    private final E2ePlatform platform = E2ePlatform.get();

    /**
     * The callers of the matrix. MEMBER is Vinnytsia's staff without the admin role. PARTNER_NETWORK is
     * AUC, which Vinnytsia accepted (Aachen did not); OTHER_NETWORK is a network no authority here accepted.
     */
    enum Actor { ANONYMOUS, MEMBER, OTHER_AUTHORITY, OWNER, PLATFORM_ADMIN, PARTNER_NETWORK, OTHER_NETWORK }

    /** One operation: how to call it as an actor (setting up what it needs first), and what each actor gets. */
    record Row(String operation, String owner, Call call, Map<Actor, Integer> expected) {
    }

    /** Calls an operation as {@code actor}, through {@code as} (a request with the actor's token, if any). */
    @FunctionalInterface
    interface Call {
        Response as(Actor actor, RequestSpecification as);
    }

    private static final String UNKNOWN = "0f0e0d0c-0b0a-4909-8807-060504030201";

    @TestFactory
    Stream<DynamicTest> everyWriteOperationForEveryCaller() {
        // Vinnytsia belongs to the AUC network (invited, and accepted), so that the network may post for it.
        vinnytsiaJoinsAuc();
        // One allocation proposes every pair the matrix needs: five stay proposals, three become partnerships.
        List<String> proposed = Platform.proposals(8);
        String undecided = proposed.get(0);
        List<String> toAccept = new ArrayList<>(proposed.subList(1, 3));
        List<String> toDecline = new ArrayList<>(proposed.subList(3, 5));
        String partnership = Platform.partnershipOf(proposed.get(5));
        List<String> toSign = new ArrayList<>(List.of(Platform.partnershipOf(proposed.get(6)),
                Platform.partnershipOf(proposed.get(7))));
        List<String> invitees = new ArrayList<>(List.of(LUKA_MELESHKIVSKA.toString(), OBODIVKA.toString()));
        List<String> invitations = new ArrayList<>(List.of(Platform.vinnytsiaInvitedBesideAachen("UA05040010000022470"),
                Platform.vinnytsiaInvitedBesideAachen("UA05060030000026125")));
        List<String> joined = new ArrayList<>(invitations);
        List<String> coordinated = new ArrayList<>(toSign);
        String vinnytsiaNotification = notificationOf("vinnytsia-admin");
        String conversation = Platform.conversationAbout(undecided);
        List<String> toClose = new ArrayList<>(List.of(Platform.conversationAbout(proposed.get(1)),
                Platform.conversationAbout(proposed.get(2))));
        String closedByAdmin = Platform.conversationAbout(proposed.get(3));
        List<Map<String, Object>> pairs = new ArrayList<>(Platform.openPairs(2));

        List<Row> rows = List.of(
                row("register an authority", "vinnytsia-admin", (actor, as) -> as.body(Platform.municipality())
                        .post("/api/v1/authorities"),
                        401, 403, 403, 403, 201, 201, 201),
                row("edit an authority's profile", "vinnytsia-admin", (actor, as) -> {
                    Map<String, Object> current = as("vinnytsia-admin").get("/api/v1/authorities/" + VINNYTSIA)
                            .then().statusCode(200).extract().path("$");
                    return as.body(Map.of("version", current.get("version"), "profile", current.get("profile")))
                            .put("/api/v1/authorities/" + VINNYTSIA);
                }, 401, 403, 403, 200, 200, 403, 403),
                row("verify an authority", "vinnytsia-admin", (actor, as) -> {
                    String municipality = Platform.registerMunicipality(E2ePlatform.partner());
                    Platform.acceptAuc(municipality);
                    return as.body(Map.of("status", "VERIFIED", "reason", "council decision checked"))
                            .post("/api/v1/authorities/" + municipality + "/verification");
                }, 401, 403, 403, 403, 200, 200, 403),
                row("verify an authority that did not accept the network", "vinnytsia-admin", (actor, as) -> {
                    String municipality = Platform.registerMunicipality(E2ePlatform.partner());
                    return as.body(Map.of("status", "VERIFIED", "reason", "council decision checked"))
                            .post("/api/v1/authorities/" + municipality + "/verification");
                }, 401, 403, 403, 403, 200, 403, 403),
                row("invite an authority to a network", "vinnytsia-admin", (actor, as) -> {
                    String municipality = Platform.registerMunicipality(as("platform-admin"));
                    return as.put("/api/v1/authorities/" + municipality + "/networks/" + AUC);
                }, 401, 403, 403, 403, 403, 202, 403),
                row("ask to join a network", "vinnytsia-admin", (actor, as) -> {
                    String network = Platform.registerNetwork();
                    return as.put("/api/v1/authorities/" + VINNYTSIA + "/networks/" + network);
                }, 401, 403, 403, 202, 403, 403, 403),
                row("accept a network's invitation", "vinnytsia-admin", (actor, as) -> {
                    as("vinnytsia-admin").delete("/api/v1/authorities/" + VINNYTSIA + "/networks/" + AUC)
                            .then().statusCode(200);
                    E2ePlatform.partner().put("/api/v1/authorities/" + VINNYTSIA + "/networks/" + AUC).then().statusCode(202);
                    Response answer = as.put("/api/v1/authorities/" + VINNYTSIA + "/networks/" + AUC);
                    vinnytsiaJoinsAuc();
                    return answer;
                }, 401, 403, 403, 200, 403, 202, 403),
                row("end a membership or withdraw an invitation", "vinnytsia-admin", (actor, as) -> {
                    String municipality = Platform.registerMunicipality(E2ePlatform.partner());
                    return as.delete("/api/v1/authorities/" + municipality + "/networks/" + AUC);
                }, 401, 403, 403, 403, 200, 200, 403),
                row("read an authority's memberships", "vinnytsia-admin", (actor, as) -> as
                        .get("/api/v1/authorities/" + VINNYTSIA + "/memberships"), 401, 200, 403, 200, 200, 403, 403),
                row("read an authority's trust trail", "vinnytsia-admin", (actor, as) -> as
                        .get("/api/v1/authorities/" + VINNYTSIA + "/trail"), 401, 200, 403, 200, 200, 403, 403),
                row("claim an authority (everyone here acts for one already, or is no person)", "vinnytsia-admin",
                        (actor, as) -> as.body(claim()).post("/api/v1/claims"), 401, 403, 403, 403, 403, 403, 403),
                row("decide a newcomer's claim to join Vinnytsia", "vinnytsia-admin", (actor, as) -> {
                    String claim = as(RealmUsers.newcomer("uk")).body(claim()).post("/api/v1/claims").then()
                            .statusCode(201).extract().path("id");
                    return as.body(Map.of("approve", true)).post("/api/v1/claims/" + claim + "/decision");
                }, 401, 404, 404, 200, 200, 200, 404),
                row("withdraw someone else's claim", "vinnytsia-admin", (actor, as) -> {
                    String claim = as(RealmUsers.newcomer("uk")).body(claim()).post("/api/v1/claims").then()
                            .statusCode(201).extract().path("id");
                    return as.delete("/api/v1/claims/" + claim);
                }, 401, 404, 404, 404, 404, 404, 404),
                row("read the verification queue", "vinnytsia-admin", (actor, as) -> as.get("/api/v1/claims/queue"),
                        401, 403, 200, 200, 200, 200, 200),
                row("read one's own claims", "vinnytsia-admin", (actor, as) -> as.get("/api/v1/claims/mine"),
                        401, 200, 200, 200, 200, 200, 200),
                row("read a newcomer's claim to join Vinnytsia", "vinnytsia-admin", (actor, as) -> {
                    String claim = as(RealmUsers.newcomer("uk")).body(claim()).post("/api/v1/claims").then()
                            .statusCode(201).extract().path("id");
                    return as.get("/api/v1/claims/" + claim);
                }, 401, 404, 404, 200, 200, 200, 404),
                row("list an authority's people", "vinnytsia-admin", (actor, as) -> as
                        .get("/api/v1/authorities/" + VINNYTSIA + "/staff"), 401, 403, 403, 200, 200, 403, 403),
                row("invite a colleague by e-mail", "vinnytsia-admin", (actor, as) -> as
                        .body(Map.of("email", "colleague-" + UUID.randomUUID() + "@vmr.gov.ua", "firstName", "Petro",
                                "lastName", "Shevchenko"))
                        .post("/api/v1/authorities/" + VINNYTSIA + "/staff/invitations"), 401, 403, 403, 201, 201, 403, 403),
                row("make a colleague an admin", "vinnytsia-admin", (actor, as) -> as.body(Map.of("role", "ADMIN"))
                        .put("/api/v1/authorities/" + VINNYTSIA + "/staff/" + newColleague()), 401, 403, 403, 200, 200, 403, 403),
                row("remove a colleague", "vinnytsia-admin", (actor, as) -> as
                        .delete("/api/v1/authorities/" + VINNYTSIA + "/staff/" + newColleague()), 401, 403, 403, 204, 204, 403, 403),
                row("add a contact", "vinnytsia-admin", (actor, as) -> as.body(contact())
                        .post("/api/v1/authorities/" + VINNYTSIA + "/contacts"), 401, 403, 403, 201, 201, 403, 403),
                row("change a contact", "vinnytsia-admin", (actor, as) -> as.body(contact())
                        .put("/api/v1/authorities/" + VINNYTSIA + "/contacts/" + newContact()), 401, 403, 403, 200, 200, 403, 403),
                row("remove a contact", "vinnytsia-admin", (actor, as) -> as
                        .delete("/api/v1/authorities/" + VINNYTSIA + "/contacts/" + newContact()), 401, 403, 403, 204, 204, 403, 403),

                row("post a need", "vinnytsia-admin", (actor, as) -> as.body(Platform.needBody(VINNYTSIA, "Water pumps"))
                        .post("/api/v1/needs"), 401, 201, 403, 201, 201, 201, 403),
                row("edit a need", "vinnytsia-admin", (actor, as) -> {
                    String need = Platform.createNeed("vinnytsia-admin", VINNYTSIA);
                    return as.body("{\"version\":0,\"need\":" + Platform.needBody(VINNYTSIA, "Water pumps, revised") + "}")
                            .put("/api/v1/needs/" + need);
                }, 401, 200, 404, 200, 200, 200, 404),
                row("publish a need", "vinnytsia-admin", (actor, as) -> as.body(Map.of("status", "OPEN"))
                        .post("/api/v1/needs/" + Platform.createNeed("vinnytsia-admin", VINNYTSIA) + "/status"),
                        401, 200, 404, 200, 200, 200, 404),

                row("post an offer", "aachen-admin", (actor, as) -> as.body(Platform.offerBody(AACHEN, "Water engineering"))
                        .post("/api/v1/offers"), 401, 403, 403, 201, 201, 403, 403),
                row("edit an offer", "aachen-admin", (actor, as) -> {
                    String offer = Platform.createOffer("aachen-admin", AACHEN);
                    return as.body("{\"version\":0,\"offer\":" + Platform.offerBody(AACHEN, "Water engineering, revised") + "}")
                            .put("/api/v1/offers/" + offer);
                }, 401, 404, 404, 200, 200, 404, 404),
                row("withdraw an offer", "aachen-admin", (actor, as) -> as.body(Map.of("status", "WITHDRAWN", "reason", "staff moved"))
                        .post("/api/v1/offers/" + Platform.createOffer("aachen-admin", AACHEN) + "/status"),
                        401, 404, 404, 200, 200, 404, 404),

                row("accept a proposal", "vinnytsia-admin", (actor, as) -> as
                        .post("/api/v1/matches/" + next(toAccept, undecided, actor) + "/accept"), 401, 200, 404, 200, 403, 403, 403),
                row("decline a proposal", "vinnytsia-admin", (actor, as) -> as.body(Map.of("reason", "we found a partner"))
                        .post("/api/v1/matches/" + next(toDecline, undecided, actor) + "/decline"), 401, 200, 404, 200, 403, 403, 403),
                row("run the allocation", "vinnytsia-admin", (actor, as) -> as.post("/api/v1/matching/allocation"),
                        401, 403, 403, 403, 200, 403, 403),

                row("express interest in a proposal", "vinnytsia-admin", (actor, as) -> as
                        .body(Map.of("subjectKind", "MATCH", "subjectId", undecided, "text", "Let us talk", "language", "uk"))
                        .post("/api/v1/conversations"), 401, 201, 404, 200, 403, 403, 403),
                row("write in a conversation", "vinnytsia-admin", (actor, as) -> as
                        .body(Map.of("text", "Дякуємо за інтерес", "language", "uk"))
                        .post("/api/v1/conversations/" + conversation + "/messages"), 401, 200, 404, 200, 403, 403, 403),
                row("mark a conversation read", "vinnytsia-admin", (actor, as) -> as
                        .post("/api/v1/conversations/" + conversation + "/read"), 401, 200, 404, 200, 403, 403, 403),
                row("report a conversation", "vinnytsia-admin", (actor, as) -> as.body(Map.of("reason", "spam"))
                        .post("/api/v1/conversations/" + conversation + "/report"), 401, 200, 404, 200, 403, 403, 403),
                row("propose a partnership from a conversation", "vinnytsia-admin", (actor, as) -> as
                        .body(actor == Actor.OWNER || actor == Actor.MEMBER ? pairs.remove(0)
                                : Map.of("needId", UNKNOWN, "offerId", UNKNOWN))
                        .post("/api/v1/conversations/" + conversation + "/proposal"), 401, 200, 404, 200, 403, 403, 403),
                row("close a conversation", "vinnytsia-admin", (actor, as) -> as.body(Map.of())
                        .post("/api/v1/conversations/" + (actor == Actor.PLATFORM_ADMIN ? closedByAdmin
                                : next(toClose, conversation, actor)) + "/close"), 401, 200, 404, 200, 200, 403, 403),

                row("plan a partnership", "vinnytsia-admin", (actor, as) -> {
                    int version = as("vinnytsia-admin").get("/api/v1/partnerships/" + partnership).then().extract().path("version");
                    return as.body(Map.of("goals", "Waste sorting in 12 schools", "themes", List.of("municipal-services"), "version", version))
                            .put("/api/v1/partnerships/" + partnership + "/plan");
                }, 401, 200, 403, 200, 403, 403, 403),
                row("record a partnership's next step", "vinnytsia-admin", (actor, as) -> as.body(Map.of("status", "MOU_SIGNED"))
                        .post("/api/v1/partnerships/" + next(toSign, partnership, actor) + "/status"), 401, 200, 403, 200, 403, 403, 403),
                row("post a progress update", "vinnytsia-admin", (actor, as) -> as.body(Map.of("text", "Study visit done"))
                        .post("/api/v1/partnerships/" + partnership + "/updates"), 401, 200, 403, 200, 403, 403, 403),
                row("record a partnership's milestone", "vinnytsia-admin", (actor, as) -> as
                        .body(Map.of("kind", "RESULTS_REPORTED", "date", "2026-11-30", "link", "https://www.vmr.gov.ua/"))
                        .post("/api/v1/partnerships/" + partnership + "/milestones"), 401, 200, 403, 200, 403, 403, 403),
                row("invite an authority into a partnership", "vinnytsia-admin", (actor, as) -> as
                        .body(Map.of("authorityId", next(invitees, BERSHAD.toString(), actor), "team", "RECEIVING"))
                        .post("/api/v1/partnerships/" + partnership + "/members"), 401, 200, 403, 200, 403, 403, 403),
                row("accept an invitation into a partnership", "vinnytsia-admin", (actor, as) -> as
                        .post("/api/v1/partnerships/" + next(invitations, partnership, actor) + "/members/" + VINNYTSIA
                                + "/consent"), 401, 200, 403, 200, 403, 403, 403),
                row("leave a partnership", "vinnytsia-admin", (actor, as) -> as.body(Map.of("reason", "Council elections"))
                        .post("/api/v1/partnerships/" + next(joined, partnership, actor) + "/members/" + VINNYTSIA
                                + "/departure"), 401, 200, 403, 200, 403, 403, 403),
                row("hand over a side's coordination", "vinnytsia-admin", (actor, as) -> {
                    String handedOver = next(coordinated, partnership, actor);
                    if (!handedOver.equals(partnership)) {
                        Platform.joinsBesideVinnytsia(handedOver, YAMPIL);
                    }
                    return as.body(Map.of("authorityId", YAMPIL))
                            .put("/api/v1/partnerships/" + handedOver + "/coordinators/RECEIVING");
                }, 401, 200, 403, 200, 403, 403, 403),
                // Dry runs: the cells report, they register nothing (a network's rows for others are refused inside).
                row("import partnerships from a list", "vinnytsia-admin", (actor, as) -> as.body(Map.of(
                        "source", "A network's list", "licence", "CC BY 4.0", "retrieved", "2026-11-30",
                        "rows", List.of(Map.of("hromadaCode", "UA05020030000031457", "partnerName", "Aachen",
                                "partnerCountry", "DE")))).queryParam("dryRun", true)
                        .post("/api/v1/partnerships/imports"), 401, 403, 403, 403, 200, 200, 200),
                row("import partnerships from a CSV file", "vinnytsia-admin", (actor, as) -> as.contentType("text/csv")
                        .body("hromada_code,hromada_name,partner_code,partner_name,partner_country,since,reference\n"
                                + "UA05020030000031457,,,Aachen,DE,,\n").queryParam("source", "A network's list")
                        .queryParam("licence", "CC BY 4.0").queryParam("retrieved", "2026-11-30")
                        .queryParam("dryRun", true).post("/api/v1/partnerships/imports"), 401, 403, 403, 403, 200, 200, 200),

                row("mark a notification read", "vinnytsia-admin", (actor, as) -> as
                        .post("/api/v1/notifications/" + vinnytsiaNotification + "/read"), 401, 200, 404, 200, 200, 404, 404),
                row("mark an authority's inbox read", "vinnytsia-admin", (actor, as) -> as.queryParam("authority", VINNYTSIA)
                        .post("/api/v1/notifications/read-all"), 401, 200, 403, 200, 200, 403, 403),
                row("set my notification preferences", "vinnytsia-admin", (actor, as) -> as
                        .body(Map.of("language", "uk", "channels", List.of("INBOX"), "digest", "DAILY"))
                        .put("/api/v1/notifications/preferences"), 401, 200, 200, 200, 200, 200, 200),

                row("subscribe a webhook", "vinnytsia-admin", (actor, as) -> as.body(webhook())
                        .post("/api/v1/webhooks"), 401, 403, 403, 403, 403, 201, 201),
                row("delete a webhook", "vinnytsia-admin", (actor, as) -> as
                        .delete("/api/v1/webhooks/" + partnersWebhook()), 401, 403, 403, 403, 204, 204, 404),
                row("edit a webhook", "vinnytsia-admin", (actor, as) -> as.body(webhook())
                        .put("/api/v1/webhooks/" + partnersWebhook()), 401, 403, 403, 403, 403, 200, 404),
                row("rotate a webhook's secret", "vinnytsia-admin", (actor, as) -> as
                        .post("/api/v1/webhooks/" + partnersWebhook() + "/secret"), 401, 403, 403, 403, 403, 200, 404),
                row("replay a delivery", "vinnytsia-admin", (actor, as) -> as.post("/api/v1/webhooks/deliveries/" + UNKNOWN + "/replay"),
                        401, 403, 403, 403, 404, 404, 404));

        return rows.stream().flatMap(row -> row.expected().entrySet().stream().map(cell -> DynamicTest.dynamicTest(
                row.operation() + " as " + cell.getKey() + " → " + cell.getValue(), () -> {
                    Response response = row.call().as(cell.getKey(), caller(cell.getKey(), row.owner()));
                    assertEquals(cell.getValue(), response.statusCode(), () -> row.operation() + " as " + cell.getKey()
                            + ": " + response.asString());
                    if (cell.getValue() >= 400) {
                        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
                    }
                })));
    }

    private static Row row(String operation, String owner, Call call,
                           int anonymous, int member, int otherAuthority, int theOwner, int platformAdmin, int partner,
                           int otherNetwork) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.put(Actor.ANONYMOUS, anonymous);
        expected.put(Actor.MEMBER, member);
        expected.put(Actor.OTHER_AUTHORITY, otherAuthority);
        expected.put(Actor.OWNER, theOwner);
        expected.put(Actor.PLATFORM_ADMIN, platformAdmin);
        expected.put(Actor.PARTNER_NETWORK, partner);
        expected.put(Actor.OTHER_NETWORK, otherNetwork);
        return new Row(operation, owner, call, expected);
    }

    /** Vinnytsia in the AUC network: invited by the network (unless it is already) and accepted by its admin. */
    private static void vinnytsiaJoinsAuc() {
        String membership = "/api/v1/authorities/" + VINNYTSIA + "/networks/" + AUC;
        E2ePlatform.partner().put(membership).then().statusCode(org.hamcrest.Matchers.oneOf(200, 202));
        as("vinnytsia-admin").put(membership).then().statusCode(200);
    }

    private static RequestSpecification caller(Actor actor, String owner) {
        return switch (actor) {
            case ANONYMOUS -> RestAssured.given().contentType(ContentType.JSON);
            case MEMBER -> as("vinnytsia-member");
            case OTHER_AUTHORITY -> as("ahlen-admin");
            case OWNER -> as(owner);
            case PLATFORM_ADMIN -> as("platform-admin");
            case PARTNER_NETWORK -> E2ePlatform.partner();
            case OTHER_NETWORK -> RestAssured.given().auth().oauth2(otherNetwork()).contentType(ContentType.JSON);
        };
    }

    private static RealmUsers.Client otherNetwork;

    /** A partner network of its own, registered for this run, that no authority of the matrix accepted. */
    private static synchronized String otherNetwork() {
        if (otherNetwork == null) {
            otherNetwork = RealmUsers.networkIntegrationOf(UUID.fromString(Platform.registerNetwork()));
        }
        return otherNetwork.token();
    }

    /**
     * A subject a success changes (a proposal once accepted takes no second answer) goes to one of
     * Vinnytsia's people only; refusals change nothing, so the refused share {@code unchanged}.
     */
    private static String next(List<String> fresh, String unchanged, Actor actor) {
        boolean succeeds = actor == Actor.OWNER || actor == Actor.MEMBER;
        return succeeds && !fresh.isEmpty() ? fresh.remove(0) : unchanged;
    }

    /** A newcomer whose claim to join Vinnytsia its admin approved; answers their Keycloak id. */
    private static String newColleague() {
        String person = RealmUsers.newcomer("uk");
        String claim = as(person).body(claim()).post("/api/v1/claims").then().statusCode(201).extract().path("id");
        as("vinnytsia-admin").body(Map.of("approve", true)).post("/api/v1/claims/" + claim + "/decision")
                .then().statusCode(200);
        return as("vinnytsia-admin").get("/api/v1/authorities/" + VINNYTSIA + "/staff").then().statusCode(200)
                .extract().path("find { it.username == '" + person + "' }.personId");
    }

    private static Map<String, Object> claim() {
        return Map.of("authorityId", VINNYTSIA.toString(), "function", "Head of international cooperation",
                "officialEmail", "o.kovalenko@vmr.gov.ua");
    }

    private static String contact() {
        return """
                {"name":"Olena Kovalenko","role":"International cooperation","email":"olena.%s@vmr.gov.ua","languages":["uk","en"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8));
    }

    private static String newContact() {
        return as("vinnytsia-admin").body(contact()).post("/api/v1/authorities/" + VINNYTSIA + "/contacts")
                .then().statusCode(201).extract().path("id");
    }

    private static String partnersWebhook() {
        return E2ePlatform.partner().body(webhook()).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> webhook() {
        // The test services accept a loopback receiver (their local profile); nothing listens there.
        return Map.of("url", "http://127.0.0.1:9/twinning", "eventTypes", List.of("eu.twinninghub.partnership.completed.v1"));
    }

    private static String notificationOf(String user) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            List<String> ids = as(user).get("/api/v1/notifications").then().statusCode(200).extract().path("items.id");
            return ids.isEmpty() ? null : ids.get(0);
        }, java.util.Objects::nonNull);
    }
}
