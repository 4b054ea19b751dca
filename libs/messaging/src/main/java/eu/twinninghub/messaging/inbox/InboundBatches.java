package eu.twinninghub.messaging.inbox;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.UnreadableEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The idempotent-consumer guard for a whole poll at once ({@code batch=true} channels, which hand
 * over {@code ConsumerRecords}): the poll's new events are applied and their ids recorded in one
 * transaction, so a busy consumer pays one commit per poll instead of one per event. Redelivered events are skipped, as with
 * {@link InboundEvents}.
 *
 * <p>One bad record must neither stop the others nor take them along to the dead-letter topic:
 * unreadable records are dead-lettered before the transaction; if applying the batch fails, each
 * event is tried again in a transaction of its own and only those that fail alone are
 * dead-lettered, with the reason. While the database does not answer, nothing is dead-lettered:
 * the batch waits for it ({@link DatabaseOutages}).
 */
@ApplicationScoped
public class InboundBatches {

    private static final Logger LOG = Logger.getLogger(InboundBatches.class);

    private final EventCodec codec = new EventCodec();

    private final EntityManager em;
    private final Clock clock;
    private final DeadLetters deadLetters;
    private final DatabaseOutages outages;

    /** The consumer a service is by default: the service's name, which is its consumer group too. */
    @ConfigProperty(name = "quarkus.application.name")
    String service;

    public InboundBatches(EntityManager em, Clock clock, DeadLetters deadLetters, DatabaseOutages outages) {
        this.em = em;
        this.clock = clock;
        this.deadLetters = deadLetters;
        this.outages = outages;
    }

    /** {@link #apply(String, Iterable, Consumer)} as this service. */
    public void apply(Iterable<? extends ConsumerRecord<?, byte[]>> records, Consumer<List<Event<?>>> effect) {
        apply(service, records, effect);
    }

    /** Applies {@code effect} to the events of {@code records} that {@code consumer} has not applied yet, in order. */
    public void apply(String consumer, Iterable<? extends ConsumerRecord<?, byte[]>> records,
            Consumer<List<Event<?>>> effect) {
        List<Delivery> readable = new ArrayList<>();
        for (ConsumerRecord<?, byte[]> record : records) {
            try {
                readable.add(new Delivery(record, codec.fromRecord(record)));
            } catch (UnreadableEventException e) {
                deadLetters.send(record, e);
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        try {
            outages.run(consumer, () -> QuarkusTransaction.requiringNew()
                    .run(() -> applyFirstDeliveries(consumer, readable, effect)));
        } catch (DatabaseUnavailableException outage) {
            deadLetterAll(readable, outage);
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "%s: a batch of %d events failed; applying them one by one", consumer, readable.size());
            for (int i = 0; i < readable.size(); i++) {
                Delivery delivery = readable.get(i);
                try {
                    outages.run(consumer, () -> QuarkusTransaction.requiringNew()
                            .run(() -> applyFirstDeliveries(consumer, List.of(delivery), effect)));
                } catch (DatabaseUnavailableException outage) {
                    // The patience is spent: waiting as long again for each event would hold the poll for ever.
                    deadLetterAll(readable.subList(i, readable.size()), outage);
                    return;
                } catch (RuntimeException failed) {
                    deadLetters.send(delivery.record(), failed);
                }
            }
        }
    }

    private void deadLetterAll(List<Delivery> deliveries, DatabaseUnavailableException outage) {
        LOG.errorf("%s; %d events go to the dead-letter topic", outage.getMessage(), deliveries.size());
        deliveries.forEach(delivery -> deadLetters.send(delivery.record(), outage));
    }

    private void applyFirstDeliveries(String consumer, List<Delivery> deliveries, Consumer<List<Event<?>>> effect) {
        UUID[] ids = deliveries.stream().map(delivery -> delivery.event().id()).toArray(UUID[]::new);
        // One statement for the poll; a concurrent delivery of one of these events waits here until the other commits.
        @SuppressWarnings("unchecked")
        Set<UUID> fresh = new HashSet<>(em.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, processed_at)
                        SELECT :consumer, id, :at FROM unnest(:ids) AS id
                        ON CONFLICT DO NOTHING
                        RETURNING event_id""", UUID.class)
                .setParameter("consumer", consumer)
                .setParameter("ids", ids)
                .setParameter("at", clock.instant())
                .getResultList());
        List<Event<?>> first = new ArrayList<>(fresh.size());
        for (Delivery delivery : deliveries) {
            if (fresh.remove(delivery.event().id())) {
                first.add(delivery.event());
            }
        }
        if (!first.isEmpty()) {
            effect.accept(first);
        }
    }

    private record Delivery(ConsumerRecord<?, byte[]> record, Event<?> event) {
    }
}
