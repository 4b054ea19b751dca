package eu.twinninghub.e2e;

import static eu.twinninghub.e2e.E2ePlatform.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.mongodb.client.MongoClients;
import eu.twinninghub.local.backup.Backup;
import eu.twinninghub.local.backup.PostgresBackup;
import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TestMongo;
import eu.twinninghub.testing.TestPostgres;
import eu.twinninghub.testing.TestServices;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill of docs/runbook.md, with the code of {@code make backup} and {@code make restore}:
 * a need and an offer are posted, matched, accepted into a partnership and notified; the running
 * platform is backed up; every service stops, its databases and the inbox are wiped; the backup is
 * restored and the services start again. The API then answers exactly as before, and the services
 * resume consuming: a new pair is matched and notified once, and nothing old is notified twice.
 */
class RestoreDrillTest {

    private static final Logger LOG = Logger.getLogger(RestoreDrillTest.class);
    private static final UUID VINNYTSIA = UUID.fromString("c69235b9-4730-305d-8fee-c51897a80b07");
    private static final UUID AHLEN = UUID.fromString("1e91d12a-1eaf-31d8-abaa-a06633ceb4f3");
    private static final Duration SOON = Duration.ofSeconds(60);

    private final E2ePlatform platform = E2ePlatform.get();
    private final String hromada = RealmUsers.adminOf(VINNYTSIA, "uk");
    private final String municipality = RealmUsers.adminOf(AHLEN, "en");

    @Test
    void aBackupRestoredAfterAWipeGivesBackEverythingAndTheServicesResume(@TempDir Path backups) throws Exception {
        String run = "drill-" + UUID.randomUUID().toString().substring(0, 8);
        String[] pair = matchedPair(run + "-a");
        String match = pair[2];
        as(hromada).post("/api/v1/matches/" + match + "/accept").then().statusCode(200);
        String partnership = as(municipality).post("/api/v1/matches/" + match + "/accept").then().statusCode(200)
                .body("status", equalTo("AGREED")).extract().path("partnershipId");
        await().atMost(SOON).until(() -> inbox(municipality).stream().anyMatch(entry -> entry.contains(partnership)));
        await().atMost(SOON).until(() -> inbox(hromada).stream().anyMatch(entry -> entry.contains(partnership)));
        platform.services.awaitConsumersCaughtUp();
        Map<String, String> before = whatTheApiShows(pair, partnership);

        TestPostgres postgres = TestPostgres.shared();
        Path folder = backups.resolve("backup");
        Duration backup = Backup.take(new Backup.Stores(postgres.jdbcUrl("postgres"), postgres.username(),
                postgres.password(), postgres.dataDirectory(), TestMongo.shared().connectionString(),
                TestKafka.shared().bootstrapServers()), folder);

        long stopped = System.nanoTime();
        long[] restoring = new long[2];
        platform.services.whileStopped(TestServices.SERVICES, () -> {
            wipe(postgres);
            restoring[0] = System.nanoTime();
            postgres.restart(() -> Backup.restore(folder, postgres.dataDirectory(), TestMongo.shared().connectionString(),
                    TestKafka.shared().bootstrapServers()));
            restoring[1] = System.nanoTime();
        });
        long ready = System.nanoTime();
        LOG.infof("restore drill: backup %d ms while serving; restore %d ms; from the stop to every service ready %d ms",
                backup.toMillis(), (restoring[1] - restoring[0]) / 1_000_000, (ready - stopped) / 1_000_000);

        platform.services.awaitConsumersCaughtUp();
        assertEquals(before, whatTheApiShows(pair, partnership));

        String[] next = matchedPair(run + "-b");
        for (String side : List.of(hromada, municipality)) {
            await().atMost(SOON).until(() -> inbox(side).stream().anyMatch(entry -> entry.contains(next[2])));
            List<String> ours = inbox(side).stream().filter(entry -> entry.contains(next[2]) || entry.contains(match)
                    || entry.contains(partnership)).toList();
            assertEquals(1, ours.stream().filter(entry -> entry.endsWith("/matches/" + next[2])).count(),
                    side + ": the new proposal, once: " + ours);
            assertEquals(ours.size(), Set.copyOf(ours).size(), side + ": nothing notified twice: " + ours);
        }
        LOG.infof("restore drill: API answers identical (%d reads), new pair matched and notified once", before.size());
    }

    /** Every service database dropped with the server's files, and every inbox database dropped. */
    private static void wipe(TestPostgres postgres) {
        postgres.restart(() -> PostgresBackup.delete(postgres.dataDirectory()));
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
             var databases = connection.createStatement().executeQuery("SELECT datname FROM pg_database")) {
            while (databases.next()) {
                assertFalse(databases.getString(1).startsWith("crossing_"), "wiped: " + databases.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        try (var mongo = MongoClients.create(TestMongo.shared().connectionString())) {
            mongo.listDatabaseNames().forEach(name -> {
                if (!List.of("admin", "local", "config").contains(name)) {
                    mongo.getDatabase(name).drop();
                }
            });
        }
    }

    /** A need of Vinnytsia and an offer of Ahlen, published and proposed to each other: their ids and the match's. */
    private String[] matchedPair(String tag) {
        String need = E2ePlatform.post(hromada, "needs", """
                {"authorityId":"%s","title":{"uk":"Очисні споруди %s","en":"Sewage treatment plant %s"},
                 "sector":"water-sanitation","supportModes":["technical-assistance"],"expertiseTags":["%s","sewage"],
                 "urgency":"HIGH","languages":["uk","en"]}""".formatted(VINNYTSIA, tag, tag, tag));
        E2ePlatform.publish(hromada, "needs", need);
        String offer = E2ePlatform.post(municipality, "offers", """
                {"authorityId":"%s","title":{"en":"Sewage engineers %s"},"sectors":["water-sanitation"],
                 "supportModes":["technical-assistance"],"expertiseTags":["%s","sewage"],"capacity":1,
                 "languages":["en","uk"]}""".formatted(AHLEN, tag, tag));
        E2ePlatform.publish(municipality, "offers", offer);
        await().atMost(SOON).until(() -> {
            var answer = as(hromada).get("/api/v1/matching/needs/" + need + "/candidates").then().extract();
            return answer.statusCode() == 200 && answer.<List<String>>path("itemId").contains(offer);
        });
        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
        String match = await().atMost(SOON).until(() -> as(hromada).queryParam("need", need).get("/api/v1/matches")
                .then().statusCode(200).extract().<String>path("items.find { it.offers[0].itemId == '" + offer + "' }.id"),
                notNullValue());
        return new String[] {need, offer, match};
    }

    private Map<String, String> whatTheApiShows(String[] pair, String partnership) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("authority", as(hromada).get("/api/v1/authorities/" + VINNYTSIA).then().statusCode(200).extract().asString());
        shown.put("need", as(hromada).get("/api/v1/needs/" + pair[0]).then().statusCode(200).extract().asString());
        shown.put("offer", as(municipality).get("/api/v1/offers/" + pair[1]).then().statusCode(200).extract().asString());
        shown.put("match", as(hromada).get("/api/v1/matches/" + pair[2]).then().statusCode(200).extract().asString());
        shown.put("partnership", as(hromada).get("/api/v1/partnerships/" + partnership).then().statusCode(200)
                .extract().asString());
        shown.put("hromada inbox", as(hromada).get("/api/v1/notifications?limit=100").then().statusCode(200)
                .extract().asString());
        shown.put("municipality inbox", as(municipality).get("/api/v1/notifications?limit=100").then().statusCode(200)
                .extract().asString());
        return shown;
    }

    /** The inbox entries of {@code user} as "type link". */
    private static List<String> inbox(String user) {
        List<Map<String, String>> items = as(user).get("/api/v1/notifications?limit=100").then().statusCode(200)
                .extract().path("items");
        return items.stream().map(item -> item.get("type") + " " + item.get("link")).toList();
    }
}
