package eu.twinninghub.e2e;

import static eu.twinninghub.e2e.E2ePlatform.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.LocalizedText;
import eu.twinninghub.events.need.NeedDetails;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.RepositoryLayout;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TestPostgres;
import eu.twinninghub.testing.TestServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The figures of issue 8, run by {@code make bench} (tag {@code bench}, left out of {@code make
 * test}): how long an event takes from the write that causes it to where a person sees it, and how
 * many events per second matching reads. Results in {@code target/benchmarks/event-flow.txt}.
 * Nothing here asserts a time: the figures are reported, the targets compared in BENCHMARKS.md.
 */
@Tag("bench")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventFlowBench {

    private static final UUID VINNYTSIA = UUID.fromString("c69235b9-4730-305d-8fee-c51897a80b07");
    private static final UUID AHLEN = UUID.fromString("1e91d12a-1eaf-31d8-abaa-a06633ceb4f3");
    private static final int SAMPLES = 60;
    /** The first samples of each path run code for the first time in every JVM on the way: not counted. */
    private static final int WARMUP = 3;
    private static final int WHOLE_PATH = 23;
    private static final int FLOOD = 20_000;
    private static final Path RESULTS = RepositoryLayout.root().resolve("target/benchmarks/event-flow.txt");

    @Test
    @Order(1)
    void fromTheWriteToWhereAPersonSeesIt() throws IOException {
        E2ePlatform.get();
        String hromada = RealmUsers.adminOf(VINNYTSIA, "uk");
        String municipality = RealmUsers.adminOf(AHLEN, "en");
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);

        // need.published: needs-offers' outbox → Kafka → matching's read model (its candidates answer).
        List<Double> toMatching = new ArrayList<>();
        List<String> needs = new ArrayList<>();
        List<String> offers = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String need = create(hromada, "needs", """
                    {"authorityId":"%s","title":{"en":"%s need %d"},"sector":"transport",
                     "supportModes":["peer-exchange"],"expertiseTags":["%s","trams %d"],"urgency":"MEDIUM"}"""
                    .formatted(VINNYTSIA, run, i, run, i));
            long published = publish(hromada, "needs", need);
            toMatching.add(millisUntil(published, () -> as(hromada).get("/api/v1/matching/needs/" + need + "/candidates")
                    .statusCode() == 200));
            needs.add(need);
            String offer = create(municipality, "offers", """
                    {"authorityId":"%s","title":{"en":"%s offer %d"},"sectors":["transport"],
                     "supportModes":["peer-exchange"],"expertiseTags":["%s","trams %d"],"capacity":1}"""
                    .formatted(AHLEN, run, i, run, i));
            publish(municipality, "offers", offer);
            offers.add(offer);
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> as(municipality).get("/api/v1/matching/offers/"
                + offers.getLast() + "/candidates").statusCode() == 200);
        as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);

        // match.accepted: matching's outbox → Kafka → notifications → the other side's inbox.
        List<String> proposals = await().atMost(Duration.ofMinutes(1)).until(() -> as(hromada)
                .queryParam("status", "PROPOSED").queryParam("limit", 100).get("/api/v1/matches").then().extract()
                .<List<Map<String, Object>>>path("items").stream()
                .filter(match -> needs.contains(((Map<?, ?>) match.get("need")).get("itemId")))
                .map(match -> (String) match.get("id")).toList(), found -> !found.isEmpty());
        // Each side accepts in turn: two samples per proposal, the first of them a warm-up.
        List<Double> toInbox = new ArrayList<>();
        for (String match : proposals) {
            toInbox.add(acceptedUntilSeen(hromada, municipality, match));
            toInbox.add(acceptedUntilSeen(municipality, hromada, match));
        }

        // The whole path: need published → read model → allocation (on demand, at once) → match.proposed
        // through matching's outbox → the hromada's inbox. On its own schedule the allocation runs every minute.
        List<Double> toProposal = new ArrayList<>();
        for (int i = 0; i < WHOLE_PATH; i++) {
            String offer = create(municipality, "offers", """
                    {"authorityId":"%s","title":{"en":"%s district heating %d"},"sectors":["energy"],
                     "supportModes":["technical-assistance"],"expertiseTags":["%s-heat-%d"],"capacity":1}"""
                    .formatted(AHLEN, run, i, run, i));
            publish(municipality, "offers", offer);
            await().atMost(Duration.ofMinutes(1)).until(() -> as(municipality)
                    .get("/api/v1/matching/offers/" + offer + "/candidates").statusCode() == 200);
            String need = create(hromada, "needs", """
                    {"authorityId":"%s","title":{"en":"%s district heating %d"},"sector":"energy",
                     "supportModes":["technical-assistance"],"expertiseTags":["%s-heat-%d"],"urgency":"HIGH"}"""
                    .formatted(VINNYTSIA, run, i, run, i));
            long published = publish(hromada, "needs", need);
            millisUntil(published, () -> as(hromada).get("/api/v1/matching/needs/" + need + "/candidates")
                    .statusCode() == 200);
            as("platform-admin").post("/api/v1/matching/allocation").then().statusCode(200);
            toProposal.add(millisUntil(published, () -> proposedInInbox(hromada, need)));
        }
        toMatching.subList(0, WARMUP).clear();
        toInbox.subList(0, WARMUP).clear();
        toProposal.subList(0, WARMUP).clear();
        report("need published → in matching's read model (candidates answer), ms", toMatching);
        report("proposal accepted by one side → \"accepted\" or \"partnership established\" in the other side's inbox, ms", toInbox);
        report("need published → allocation run on demand → the proposal in the hromada's inbox, ms", toProposal);
    }

    @Test
    @Order(2)
    void eventsPerSecondThroughMatching() throws Exception {
        TestServices services = E2ePlatform.get().services;
        flood(services, "beside notifications (the other consumer of twinning.needs, on the same 2 cores)");
        // Matching alone: notifications, which reads the same flood one record at a time, waits meanwhile.
        services.awaitConsumersCaughtUp();
        services.stop("notifications");
        try {
            flood(services, "alone (notifications stopped meanwhile)");
        } finally {
            services.restart("notifications");
        }
    }

    /** Publishes FLOOD need.published events while matching is stopped, then times how fast it reads them. */
    private static void flood(TestServices services, String how) throws Exception {
        services.stop("matching");
        String flood = "Flood " + UUID.randomUUID();
        EventCodec codec = new EventCodec();
        Clock clock = Clock.systemUTC();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.shared().bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < FLOOD; i++) {
                NeedDetails details = new NeedDetails(new LocalizedText(null, flood + " need " + i), null, "energy",
                        List.of(), List.of("technical-assistance"), List.of("heat pumps", "tag " + (i % 500)), "HIGH",
                        List.of("uk", "en"), null, null, null, null, null, List.of());
                producer.send(codec.toRecord(Event.of("needs-offers", new NeedPublished(UUID.randomUUID(),
                        UUID.randomUUID(), 0, details), clock)));
            }
            producer.flush();
        }
        long started = System.nanoTime();
        services.restart("matching");
        long ready = System.nanoTime();
        long[] firstAndLast = awaitInReadModel(services.jdbcUrl("matching"), flood);
        long done = firstAndLast[1];
        double fromStart = FLOOD / ((done - started) / 1e9);
        double consuming = FLOOD / ((done - firstAndLast[0]) / 1e9);
        write(String.format(Locale.ROOT, "matching %s read %d need.published events: %.0f events/s while consuming"
                        + " (first applied %.1f s after it was ready, last %.1f s later); %.0f events/s from its start"
                        + " (%.1f s)%n", how, FLOOD, consuming, (firstAndLast[0] - ready) / 1e9,
                (done - firstAndLast[0]) / 1e9, fromStart, (done - started) / 1e9));
    }

    /**
     * Milliseconds from {@code by}'s acceptance (the API answered) to what it tells {@code other}
     * in their inbox: "accepted" for the first side, "partnership established" once both have.
     */
    private static double acceptedUntilSeen(String by, String other, String match) {
        long accepted = System.nanoTime();
        String partnership = as(by).post("/api/v1/matches/" + match + "/accept").then().statusCode(200)
                .extract().path("partnershipId");
        String type = partnership == null ? "match.accepted" : "partnership.established";
        String link = partnership == null ? "/matches/" + match : "/partnerships/" + partnership;
        return millisUntil(accepted, () -> as(other).queryParam("limit", 5).get("/api/v1/notifications")
                .then().extract().<List<Map<String, Object>>>path("items").stream()
                .anyMatch(entry -> type.equals(entry.get("type")) && link.equals(entry.get("link"))));
    }

    /** Whether the hromada's inbox has the proposal for {@code need}. */
    private static boolean proposedInInbox(String hromada, String need) {
        List<String> links = as(hromada).queryParam("need", need).get("/api/v1/matches")
                .then().extract().<List<Map<String, Object>>>path("items").stream()
                .map(match -> "/matches/" + match.get("id")).toList();
        return !links.isEmpty() && as(hromada).queryParam("limit", 100).get("/api/v1/notifications").then().extract()
                .<List<Map<String, Object>>>path("items").stream()
                .anyMatch(entry -> "match.proposed".equals(entry.get("type")) && links.contains(entry.get("link")));
    }

    private static String create(String user, String kind, String body) {
        return as(user).body(body).post("/api/v1/" + kind).then().statusCode(201).extract().path("id");
    }

    /** Publishes and returns when the service answered: the moment the event is in its outbox. */
    private static long publish(String user, String kind, String id) {
        as(user).body(Map.of("status", "OPEN")).post("/api/v1/" + kind + "/" + id + "/status").then().statusCode(200);
        return System.nanoTime();
    }

    private static double millisUntil(long since, BooleanSupplier seen) {
        long deadline = since + Duration.ofSeconds(30).toNanos();
        while (!seen.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not seen within 30 s");
            }
            Thread.onSpinWait();
        }
        return (System.nanoTime() - since) / 1e6;
    }

    /**
     * Until matching's read model holds every need of the flood (its committed offsets lag behind
     * by design); answers when the first and the last were there.
     */
    private static long[] awaitInReadModel(String jdbcUrl, String flood) throws Exception {
        TestPostgres postgres = TestPostgres.shared();
        long[] firstAndLast = new long[2];
        try (Connection db = DriverManager.getConnection(jdbcUrl, postgres.username(), postgres.password());
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM open_need WHERE text LIKE ?")) {
            count.setString(1, flood + " need %");
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    int applied = rows.getInt(1);
                    if (applied > 0 && firstAndLast[0] == 0) {
                        firstAndLast[0] = System.nanoTime();
                    }
                    return applied == FLOOD;
                }
            });
        }
        firstAndLast[1] = System.nanoTime();
        return firstAndLast;
    }

    private static void report(String what, List<Double> millis) throws IOException {
        List<Double> sorted = millis.stream().sorted().toList();
        assertTrue(!sorted.isEmpty(), what + ": no sample");
        write(String.format(Locale.ROOT, "%s: p50 %.0f, p90 %.0f, p99 %.0f, max %.0f (%d samples; in order: %s)%n",
                what, percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99), sorted.getLast(),
                sorted.size(), millis.stream().map(m -> Long.toString(Math.round(m))).collect(Collectors.joining(" "))));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void write(String line) throws IOException {
        System.out.print(line);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
