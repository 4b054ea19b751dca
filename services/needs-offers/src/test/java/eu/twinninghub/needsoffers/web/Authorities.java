package eu.twinninghub.needsoffers.web;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.EventData;
import eu.twinninghub.events.authority.AuthorityProfile;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.fixture.EventFixtures;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * The authorities the tests post for, announced the way authority-profiles announces them: as
 * events on the real broker, which the service's consumer turns into its read model.
 */
public final class Authorities {

    static final UUID VINNYTSIA = UUID.fromString("c69235b9-4730-305d-8fee-c51897a80b07");
    static final UUID AACHEN = UUID.fromString("ec3e94a9-215a-3408-8a62-d8cfc0eced84");
    static final UUID AUC = UUID.fromString("5232bfc8-354b-3dba-852d-642bb2510350");
    /** Agronomichna hromada, a village hromada of Vinnytsia oblast, here a member of the AUC and not yet verified. */
    static final UUID AGRONOMICHNA = UUID.nameUUIDFromBytes("authority:UA05020010000053508".getBytes());
    /** Vorononytsia settlement hromada, verified, in no network. */
    static final UUID VORONOVYTSIA = UUID.nameUUIDFromBytes("authority:UA05020050000066991".getBytes());

    private static final EventCodec CODEC = new EventCodec();
    private static boolean announced;

    private Authorities() {
    }

    static synchronized void announce() {
        if (announced) {
            return;
        }
        register(AUC, "PARTNER_NETWORK", "UA", null, "Asotsiatsiia mist Ukrainy", List.of(), "VERIFIED");
        publish(new AuthorityRegistered(VINNYTSIA, EventFixtures.authority("HROMADA", "UA",
                "Vinnytska miska terytorialna hromada").officialCode("UA05020030000031457").rayon("Вінницький район")
                .verification("VERIFIED").build()));
        register(AGRONOMICHNA, "HROMADA", "UA", "UA05020010000053508", "Ahronomichna silska terytorialna hromada",
                List.of(AUC), "PENDING");
        register(VORONOVYTSIA, "HROMADA", "UA", "UA05020050000066991", "Voronovytska selyshchna terytorialna hromada",
                List.of(), "VERIFIED");
        register(AACHEN, "MUNICIPALITY", "DE", null, "Aachen", List.of(), "VERIFIED");
        awaitKnown(AACHEN, a -> true);
        announced = true;
    }

    public static void publish(EventData data) {
        TopicReader.write(TestKafka.shared().bootstrapServers(), CODEC.toRecord(Event.of("authority-profiles", data,
                Clock.systemUTC())));
    }

    public static void publish(Event<?> event) {
        TopicReader.write(TestKafka.shared().bootstrapServers(), CODEC.toRecord(event));
    }

    public static AuthorityProfile profile(String kind, String country, String code, String name, List<UUID> networks,
                                    String verification) {
        return EventFixtures.authority(kind, country, name).officialCode(code).networks(networks)
                .verification(verification).build();
    }

    public static KnownAuthority awaitKnown(UUID id, Predicate<KnownAuthority> state) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> KnownAuthority.<KnownAuthority>findById(id)),
                a -> a != null && state.test(a));
    }

    private static void register(UUID id, String kind, String country, String code, String name, List<UUID> networks,
                                 String verification) {
        publish(new AuthorityRegistered(id, profile(kind, country, code, name, networks, verification)));
    }
}
