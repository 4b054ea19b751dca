package eu.twinninghub.notifications.web;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.EventData;
import eu.twinninghub.events.LocalizedText;
import eu.twinninghub.events.authority.AuthorityProfile;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.fixture.EventFixtures;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.events.offer.OfferPublished;
import eu.twinninghub.notifications.events.KnownAuthority;
import eu.twinninghub.notifications.events.KnownPosting;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Events as the other services announce them, on the real broker; and waits for this service to know them. */
final class Feed {

    static final UUID VINNYTSIA = UUID.fromString("c69235b9-4730-305d-8fee-c51897a80b07");
    static final UUID AACHEN = UUID.fromString("ec3e94a9-215a-3408-8a62-d8cfc0eced84");
    static final UUID AUC = UUID.fromString("5232bfc8-354b-3dba-852d-642bb2510350");

    private static final EventCodec CODEC = new EventCodec();
    private static boolean announced;

    private Feed() {
    }

    static synchronized void authorities() {
        if (announced) {
            return;
        }
        publish(new AuthorityRegistered(AUC, profile("PARTNER_NETWORK", "UA", "Асоціація міст України",
                "Asotsiatsiia mist Ukrainy", List.of())));
        publish(new AuthorityRegistered(VINNYTSIA, profile("HROMADA", "UA", "Вінницька міська територіальна громада",
                "Vinnytska miska terytorialna hromada", List.of(AUC))));
        publish(new AuthorityRegistered(AACHEN, profile("MUNICIPALITY", "DE", "Aachen", "Aachen", List.of())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> KnownAuthority.findById(AACHEN.toString()) != null
                && KnownAuthority.findById(VINNYTSIA.toString()) != null);
        announced = true;
    }

    static UUID need(String sector, String uk, String en) {
        UUID id = UUID.randomUUID();
        publish(new NeedPublished(id, VINNYTSIA, 1, EventFixtures.need(sector, new LocalizedText(uk, en))
                .languages("uk").build()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> KnownPosting.findById(id.toString()) != null);
        return id;
    }

    static UUID offer(String sector, String en) {
        UUID id = UUID.randomUUID();
        publish(new OfferPublished(id, AACHEN, 1, EventFixtures.offer(List.of(sector),
                new LocalizedText(null, en)).languages("en").build()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> KnownPosting.findById(id.toString()) != null);
        return id;
    }

    static <T extends EventData> Event<T> publish(T data) {
        Event<T> event = Event.of("test", data, Clock.systemUTC());
        publish(event);
        return event;
    }

    static void publish(Event<?> event) {
        TopicReader.write(TestKafka.shared().bootstrapServers(), CODEC.toRecord(event));
    }

    private static AuthorityProfile profile(String kind, String country, String official, String latin,
                                            List<UUID> networks) {
        return EventFixtures.authority(kind, country, latin).names(official, latin, latin).networks(networks).build();
    }
}
