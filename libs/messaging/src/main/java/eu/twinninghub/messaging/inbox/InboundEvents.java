package eu.twinninghub.messaging.inbox;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.messaging.config.InboxConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The idempotent-consumer guard. A consumer calls {@link #firstDelivery} inside the transaction
 * that applies the event: the event id is recorded in that same transaction, so the effect and
 * the record of it commit or roll back together, and a redelivered event is skipped.
 *
 * <p>A record that is not a valid event throws {@link eu.twinninghub.events.UnreadableEventException};
 * with the channel's {@code failure-strategy=dead-letter-queue} it goes to {@code <topic>.dlq}
 * with the reason, and consumption goes on.
 */
@ApplicationScoped
public class InboundEvents {

    private final EventCodec codec = new EventCodec();

    private final EntityManager em;
    private final Clock clock;
    private final InboxConfig config;

    /** The consumer a service is by default: the service's name, which is its consumer group too. */
    @ConfigProperty(name = "quarkus.application.name")
    String service;

    public InboundEvents(EntityManager em, Clock clock, InboxConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    /** The event, or empty when this service has already applied it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Event<?>> firstDelivery(ConsumerRecord<?, byte[]> record) {
        return firstDelivery(service, record);
    }

    /** The event, or empty when {@code consumer} has already applied it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Event<?>> firstDelivery(String consumer, ConsumerRecord<?, byte[]> record) {
        Event<?> event = codec.fromRecord(record);
        // A concurrent delivery of the same event waits on this row until the other commits.
        int inserted = em.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (:consumer, :id, :at)
                        ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("at", clock.instant())
                .executeUpdate();
        return inserted == 1 ? Optional.of(event) : Optional.empty();
    }

    /** Event ids are kept well beyond the topics' retention; older ones cannot be redelivered. */
    @Scheduled(every = "6h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM processed_event WHERE processed_at < :before")
                .setParameter("before", clock.instant().minus(config.retention()))
                .executeUpdate());
    }
}
