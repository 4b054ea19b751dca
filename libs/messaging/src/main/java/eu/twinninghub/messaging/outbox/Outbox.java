package eu.twinninghub.messaging.outbox;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.EventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a service records the events of a state change, in the transaction of that change.
 * Nothing is sent here: if the transaction rolls back, the event never existed; if it commits,
 * {@link OutboxRelay} publishes it, however often the service or the broker dies in between.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec = new EventCodec();

    private final Clock clock;
    private final OutboxRelay relay;

    /** The events' source: the service's name, as every service and its consumer groups are named. */
    @ConfigProperty(name = "quarkus.application.name")
    String service;

    public Outbox(Clock clock, OutboxRelay relay) {
        this.clock = clock;
        this.relay = relay;
    }

    /** Adds the event of {@code data}, sourced by this service and timed now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(EventData data) {
        add(Event.of(service, data, clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Event<?> event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = event.topic();
        row.aggregateId = event.subject();
        row.eventType = event.type().type();
        row.source = event.source().toString();
        row.occurredAt = event.time().toInstant();
        row.payload = new String(codec.dataBytes(event.data()), StandardCharsets.UTF_8);
        Instant now = clock.instant();
        row.createdAt = now;
        row.nextAttemptAt = now;
        row.persist();
        relay.wakeAfterCommit();
    }
}
