package eu.twinninghub.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TestServices;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost and nothing is doubled while parts fail: 500 needs and 500 offers are posted and
 * published through the gateway by clients that repeat what got no answer (with the same
 * Idempotency-Key), while every service and the gateway are killed with SIGKILL in turn and
 * restarted, the Kafka broker is restarted once, and allocations run. Afterwards, counted through
 * the API: each need and offer exists once and is open; no need has two pending proposals and no
 * offer more proposals than places; every proposal is in each side's inbox exactly once.
 */
class ChaosTest {

    private static final Logger LOG = Logger.getLogger(ChaosTest.class);
    private static final UUID VINNYTSIA = UUID.fromString("c69235b9-4730-305d-8fee-c51897a80b07");
    private static final UUID AHLEN = UUID.fromString("1e91d12a-1eaf-31d8-abaa-a06633ceb4f3");
    private static final int EACH = 500;
    private static final int CLIENTS = 8;
    private static final List<String> KILLED_IN_TURN = List.of("needs-offers", "matching", "notifications",
            "authority-profiles", TestServices.GATEWAY);

    @Test
    void everyPostingProposalAndNotificationExistsExactlyOnceAfterKillsAndABrokerRestart() throws Exception {
        E2ePlatform platform = E2ePlatform.get();
        TestServices services = platform.services;
        Persistent client = new Persistent(services.url(TestServices.GATEWAY));
        String hromada = RealmUsers.adminOf(VINNYTSIA, "uk");
        String municipality = RealmUsers.adminOf(AHLEN, "en");
        String run = "chaos-" + UUID.randomUUID().toString().substring(0, 8);

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
        AtomicBoolean posting = new AtomicBoolean(true);
        List<Future<?>> postings = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            int n = i;
            postings.add(pool.submit(() -> postAndPublish(client, hromada, "needs", run + "-need-" + n, needBody(run, n))));
            postings.add(pool.submit(() -> postAndPublish(client, municipality, "offers", run + "-offer-" + n,
                    offerBody(run, n))));
        }
        Future<?> allocations = pool.submit(() -> {
            while (posting.get()) {
                client.post("platform-admin", "/api/v1/matching/allocation", null, null);
                pause(Duration.ofSeconds(3));
            }
        });

        long started = System.nanoTime();
        for (String service : KILLED_IN_TURN) {
            pause(Duration.ofSeconds(2));
            LOG.infof("chaos: kill -9 %s and start it again", service);
            services.restart(service);
        }
        LOG.info("chaos: restarting the Kafka broker");
        TestKafka.shared().restart();
        for (Future<?> done : postings) {
            done.get(10, TimeUnit.MINUTES);
        }
        posting.set(false);
        allocations.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        LOG.infof("chaos: %d postings published in %d s, %d calls repeated", 2 * EACH,
                (System.nanoTime() - started) / 1_000_000_000, client.retries.get());

        // Everything in flight reaches its consumers, then one more allocation over all of it.
        services.awaitConsumersCaughtUp();
        assertEquals(200, client.post("platform-admin", "/api/v1/matching/allocation", null, null).status());
        services.awaitConsumersCaughtUp();

        Map<String, String> needs = ours(client, hromada, "/api/v1/needs?authority=" + VINNYTSIA + "&status=OPEN", run);
        Map<String, String> offers = ours(client, municipality, "/api/v1/offers?authority=" + AHLEN + "&status=OPEN", run);
        assertEquals(EACH, needs.size(), "every need once");
        assertEquals(EACH, offers.size(), "every offer once");
        assertEquals(EACH, Set.copyOf(needs.values()).size(), "no need twice");
        assertEquals(EACH, Set.copyOf(offers.values()).size(), "no offer twice");

        List<JsonNode> proposals = all(client, hromada, "/api/v1/matches?status=PROPOSED&limit=100").stream()
                .filter(match -> needs.containsKey(match.path("need").path("itemId").asText())).toList();
        assertTrue(proposals.size() >= EACH / 2, "the allocations proposed partners for most needs: " + proposals.size());
        Map<String, Integer> perNeed = new HashMap<>();
        Map<String, Integer> perOffer = new HashMap<>();
        for (JsonNode match : proposals) {
            perNeed.merge(match.path("need").path("itemId").asText(), 1, Integer::sum);
            match.path("offers").forEach(offer -> perOffer.merge(offer.path("itemId").asText(), 1, Integer::sum));
        }
        assertTrue(perNeed.values().stream().allMatch(count -> count == 1), "one pending proposal per need");
        assertTrue(perOffer.values().stream().allMatch(count -> count <= 1), "no offer beyond its one place");

        Set<String> proposed = new HashSet<>();
        proposals.forEach(match -> proposed.add(match.path("id").asText()));
        LOG.infof("chaos: %d needs and %d offers open once each, %d proposals, one per need", needs.size(),
                offers.size(), proposed.size());
        for (String side : List.of(hromada, municipality)) {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                Map<String, Integer> entries = new HashMap<>();
                all(client, side, "/api/v1/notifications?limit=100").stream()
                        .filter(entry -> "match.proposed".equals(entry.path("type").asText()))
                        .map(entry -> entry.path("link").asText().replace("/matches/", ""))
                        .filter(proposed::contains)
                        .forEach(match -> entries.merge(match, 1, Integer::sum));
                assertEquals(proposed, entries.keySet(), side + ": every proposal in the inbox");
                assertTrue(entries.values().stream().allMatch(count -> count == 1), side + ": none twice");
            });
        }
    }

    private static void postAndPublish(Persistent client, String user, String kind, String key, String body) {
        Persistent.Answer created = client.post(user, "/api/v1/" + kind, body, key);
        assertEquals(201, created.status(), kind + " " + key + ": " + created.body());
        String id = created.body().path("id").asText();
        Persistent.Answer published = client.post(user, "/api/v1/" + kind + "/" + id + "/status", "{\"status\":\"OPEN\"}", null);
        if (published.status() == 409) {
            // The first attempt went through and its answer was lost: the posting is open already.
            assertEquals("OPEN", client.get(user, "/api/v1/" + kind + "/" + id).body().path("status").asText());
        } else {
            assertEquals(200, published.status(), kind + " " + id + ": " + published.body());
        }
    }

    /** Our postings among the authority's, by id, with their titles: read page by page. */
    private static Map<String, String> ours(Persistent client, String user, String path, String run) {
        Map<String, String> titles = new HashMap<>();
        Predicate<String> mine = title -> title.startsWith(run);
        for (JsonNode item : all(client, user, path + "&limit=100")) {
            String title = item.path(item.has("need") ? "need" : "offer").path("title").path("en").asText();
            if (mine.test(title)) {
                titles.put(item.path("id").asText(), title);
            }
        }
        return titles;
    }

    private static List<JsonNode> all(Persistent client, String user, String path) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String page = path + (path.contains("?") ? "&" : "?") + (cursor == null ? "" : "cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode body = client.get(user, page).body();
            body.path("items").forEach(items::add);
            cursor = body.path("next").isTextual() ? body.path("next").asText() : null;
        } while (cursor != null);
        return items;
    }

    private static String needBody(String run, int n) {
        return """
                {"authorityId":"%s","title":{"en":"%s need %d","uk":"%s потреба %d"},"sector":"health",
                 "supportModes":["technical-assistance"],"expertiseTags":["%s","hospital %d"],"urgency":"HIGH",
                 "languages":["uk","en"]}""".formatted(VINNYTSIA, run, n, run, n, run, n);
    }

    private static String offerBody(String run, int n) {
        return """
                {"authorityId":"%s","title":{"en":"%s offer %d"},"sectors":["health"],
                 "supportModes":["technical-assistance"],"expertiseTags":["%s","hospital %d"],"capacity":1,
                 "languages":["en","uk"]}""".formatted(AHLEN, run, n, run, n);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
