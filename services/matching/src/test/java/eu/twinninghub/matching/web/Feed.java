package eu.twinninghub.matching.web;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.EventData;
import eu.twinninghub.events.LocalizedText;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.fixture.EventFixtures;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.events.offer.OfferPublished;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.matching.events.OpenNeed;
import eu.twinninghub.matching.events.OpenOffer;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * What other services would announce, put on the real broker the way they announce it: the
 * authorities of the demo users, and needs and offers, which the service's consumers turn into
 * its read model.
 */
final class Feed {

    static final UUID VINNYTSIA = UUID.fromString("c69235b9-4730-305d-8fee-c51897a80b07");
    static final UUID AACHEN = UUID.fromString("ec3e94a9-215a-3408-8a62-d8cfc0eced84");
    static final UUID AHLEN = UUID.fromString("1e91d12a-1eaf-31d8-abaa-a06633ceb4f3");
    static final UUID VINNYTSIA_OBLAST = UUID.nameUUIDFromBytes("oblast:Вінницька".getBytes());

    private static final EventCodec CODEC = new EventCodec();
    private static boolean announced;

    private Feed() {
    }

    static synchronized void authorities() {
        if (announced) {
            return;
        }
        publish(new AuthorityRegistered(VINNYTSIA, EventFixtures.authority("HROMADA", "UA", "Vinnytsia")
                .officialCode("UA05020030000031457").names("Вінницька міська територіальна громада",
                        "Vinnytska miska terytorialna hromada", "Vinnytsia")
                .parent(VINNYTSIA_OBLAST).settlement("urban", 371_855L).languages("uk", "en").build()));
        publish(new AuthorityRegistered(AACHEN, EventFixtures.authority("MUNICIPALITY", "DE", "Aachen")
                .settlement(null, 249_070L).languages("de", "en").build()));
        publish(new AuthorityRegistered(AHLEN, EventFixtures.authority("MUNICIPALITY", "DE", "Ahlen")
                .settlement(null, null).languages("de").build()));
        announced = true;
    }

    static UUID need(String sector, List<String> modes, List<String> tags, String title) {
        return need(VINNYTSIA, sector, modes, tags, title);
    }

    static UUID need(UUID authority, String sector, List<String> modes, List<String> tags, String title) {
        UUID id = UUID.randomUUID();
        publish(new NeedPublished(id, authority, 1, EventFixtures.need(sector, new LocalizedText(null, title))
                .support(modes, tags).peopleServed(30_000).build()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> OpenNeed.findById(id) != null));
        return id;
    }

    static UUID offer(String sector, List<String> modes, List<String> tags, String title, int capacity) {
        return offer(AACHEN, sector, modes, tags, title, capacity);
    }

    static UUID offer(UUID authority, String sector, List<String> modes, List<String> tags, String title,
                      int capacity) {
        UUID id = UUID.randomUUID();
        publish(new OfferPublished(id, authority, 1, EventFixtures.offer(List.of(sector),
                new LocalizedText(null, title)).support(modes, tags).capacity(capacity).build()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> OpenOffer.findById(id) != null));
        return id;
    }

    /** A verified authority of {@code kind} under {@code parent} (a hromada's oblast, a town's region). */
    static UUID authority(String kind, String country, String name, UUID parent, String settlementType,
                          long population) {
        UUID id = UUID.randomUUID();
        publish(new AuthorityRegistered(id, EventFixtures.authority(kind, country, name).parent(parent)
                .settlement(settlementType, population).build()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownAuthority.findById(id) != null));
        return id;
    }

    static void publish(EventData data) {
        publish(Event.of("test", data, Clock.systemUTC()));
    }

    static void publish(Event<?> event) {
        TopicReader.write(TestKafka.shared().bootstrapServers(), CODEC.toRecord(event));
    }
}
