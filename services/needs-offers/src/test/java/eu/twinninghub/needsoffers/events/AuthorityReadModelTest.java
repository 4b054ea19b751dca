package eu.twinninghub.needsoffers.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.events.Event;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.authority.AuthoritySuspended;
import eu.twinninghub.events.authority.AuthorityUpdated;
import eu.twinninghub.events.authority.AuthorityVerified;
import eu.twinninghub.needsoffers.web.Authorities;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The authorities read model, fed by real events through the broker. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "needs_offers"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class AuthorityReadModelTest {

    @Inject
    EntityManager em;

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID id = UUID.randomUUID();
        Authorities.publish(new AuthorityRegistered(id, Authorities.profile("MUNICIPALITY", "DE", null, "Redelivery",
                List.of(), "PENDING")));
        Event<AuthorityVerified> verified = Event.of("authority-profiles", new AuthorityVerified(id, "platform-admin", null),
                Clock.systemUTC());
        Authorities.publish(verified);
        Authorities.awaitKnown(id, a -> a.isVerified());
        Authorities.publish(new AuthoritySuspended(id, "platform-admin", "impersonation"));
        Authorities.awaitKnown(id, a -> a.verification == Verification.SUSPENDED);
        Authorities.publish(verified);
        Authorities.publish(new AuthorityUpdated(id, 1, Authorities.profile("MUNICIPALITY", "DE", null, "After",
                List.of(), "SUSPENDED")));
        Authorities.awaitKnown(id, a -> "After".equals(a.nameLatin));
        assertEquals(Verification.SUSPENDED, Authorities.awaitKnown(id, a -> true).verification,
                "the second delivery of the verification changed nothing");
        long processed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = :id")
                .setParameter("id", verified.id()).getSingleResult()).longValue());
        assertEquals(1, processed);
    }

    @Test
    void anOlderUpdateArrivingLateChangesNothing() {
        UUID id = UUID.randomUUID();
        Authorities.publish(new AuthorityRegistered(id, Authorities.profile("HROMADA", "UA", null, "First", List.of(),
                "VERIFIED")));
        Authorities.publish(new AuthorityUpdated(id, 3, Authorities.profile("HROMADA", "UA", null, "Third", List.of(),
                "VERIFIED")));
        Authorities.awaitKnown(id, a -> "Third".equals(a.nameLatin));
        Authorities.publish(new AuthorityUpdated(id, 2, Authorities.profile("HROMADA", "UA", null, "Second", List.of(),
                "VERIFIED")));
        // a later event of the same authority, on the same partition: once it is applied, so is the late one
        Authorities.publish(new AuthoritySuspended(id, "platform-admin", "marker"));
        Authorities.awaitKnown(id, a -> a.verification == Verification.SUSPENDED);
        assertEquals("Third", Authorities.awaitKnown(id, a -> true).nameLatin);
    }
}
