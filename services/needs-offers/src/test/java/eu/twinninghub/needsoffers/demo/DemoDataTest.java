package eu.twinninghub.needsoffers.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.api.need.NeedStatus;
import eu.twinninghub.api.offer.OfferStatus;
import eu.twinninghub.events.Topics;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.needsoffers.need.Need;
import eu.twinninghub.needsoffers.offer.Offer;
import eu.twinninghub.needsoffers.web.Authorities;
import eu.twinninghub.reference.ReferenceData;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.TestKafka;
import eu.twinninghub.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo data of `make run`, on a database of its own: the strategy projects of a verified
 * hromada become open needs under ids derived from the data, a verified municipality gets one
 * offer, an unverified hromada gets nothing, and running again adds nothing.
 */
@QuarkusTest
@TestProfile(DemoDataTest.Seeding.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "needs_offers_demo"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class DemoDataTest {

    /** Seeding runs when the test says so; the authorities are read from the start of the topic. */
    public static class Seeding implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twinning.demo-data.enabled", "true",
                    "quarkus.scheduler.enabled", "false",
                    "mp.messaging.incoming.authorities.group.id", "needs-offers-demo-test");
        }
    }

    /** A village hromada of Vinnytsia oblast with planned projects in its development strategy. */
    private static final String PLANNED = "UA05020110000052014";
    private static final String UNVERIFIED = "UA05020150000074651";

    @Inject
    DemoData demo;

    @Test
    void seedsTheProjectsOfVerifiedHromadasOnceAndAnOfferPerVerifiedMunicipality() {
        UUID hromada = id("authority:" + PLANNED);
        UUID unverified = id("authority:" + UNVERIFIED);
        UUID municipality = UUID.randomUUID();
        Authorities.publish(new AuthorityRegistered(hromada, Authorities.profile("HROMADA", "UA", PLANNED,
                "Demo hromada", List.of(), "VERIFIED")));
        Authorities.publish(new AuthorityRegistered(unverified, Authorities.profile("HROMADA", "UA", UNVERIFIED,
                "Unverified hromada", List.of(), "PENDING")));
        Authorities.publish(new AuthorityRegistered(municipality, Authorities.profile("MUNICIPALITY", "DE", null,
                "Demo municipality", List.of(), "VERIFIED")));
        Authorities.awaitKnown(hromada, a -> a.isVerified());
        Authorities.awaitKnown(unverified, a -> true);
        Authorities.awaitKnown(municipality, a -> a.isVerified());

        List<ReferenceData.Project> projects = ReferenceData.projects().stream()
                .filter(p -> p.katottg().equals(PLANNED)).toList();
        Set<UUID> placeable = new HashSet<>();
        for (int n = 1; n <= projects.size(); n++) {
            if (ProjectClassifier.place(projects.get(n - 1).text()).isPresent()) {
                placeable.add(id("need:" + PLANNED + ":" + n));
            }
        }
        assertFalse(placeable.isEmpty(), "the chosen hromada has projects the classifier places");

        demo.seed();
        List<Need> needs = needsOf(hromada);
        assertEquals(placeable, needs.stream().map(n -> n.id).collect(Collectors.toSet()));
        assertTrue(needs.stream().allMatch(n -> n.status == NeedStatus.OPEN && n.publishedAt != null));
        assertTrue(needsOf(unverified).isEmpty(), "an unverified hromada publishes nothing");
        List<Offer> offers = QuarkusTransaction.requiringNew().call(
                () -> Offer.<Offer>list("authorityId", municipality));
        assertEquals(1, offers.size());
        assertEquals(id("offer:" + municipality), offers.get(0).id);
        assertEquals(OfferStatus.OPEN, offers.get(0).status);

        demo.seed();
        assertEquals(placeable.size(), needsOf(hromada).size(), "a second run adds nothing");
        Set<String> keys = placeable.stream().map(UUID::toString).collect(Collectors.toSet());
        var published = TopicReader.read(TestKafka.shared().bootstrapServers(), Topics.NEEDS,
                r -> keys.contains(r.key()), placeable.size(), Duration.ofSeconds(30));
        assertEquals(placeable.size(), published.size(), "each seeded need is announced through the outbox");
    }

    private static List<Need> needsOf(UUID authority) {
        return QuarkusTransaction.requiringNew().call(() -> Need.<Need>list("authorityId", authority));
    }

    private static UUID id(String identity) {
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
    }
}
