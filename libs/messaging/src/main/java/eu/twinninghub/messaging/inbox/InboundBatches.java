package eu.twinninghub.messaging.inbox;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.UnreadableEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * dead-lettered, with the reason.
 */
@ApplicationScoped
public class InboundBatches {

    private static final Logger LOG = Logger.getLogger(InboundBatches.class);

    private final EventCodec codec = new EventCodec();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeadLetters deadLetters;

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
            QuarkusTransaction.requiringNew().run(() -> applyFirstDeliveries(consumer, readable, effect));
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "%s: a batch of %d events failed; applying them one by one", consumer, readable.size());
            for (Delivery delivery : readable) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> applyFirstDeliveries(consumer, List.of(delivery), effect));
                } catch (RuntimeException failed) {
                    deadLetters.send(delivery.record(), failed);
                }
            }
        }
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
