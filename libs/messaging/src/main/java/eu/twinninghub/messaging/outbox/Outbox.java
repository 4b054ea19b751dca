package eu.twinninghub.messaging.outbox;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.EventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Where a service records the events of a state change, in the transaction of that change.
 * Nothing is sent here: if the transaction rolls back, the event never existed; if it commits,
 * {@link OutboxRelay} publishes it, however often the service or the broker dies in between.
 */
@ApplicationScoped
public class Outbox {

    private static final int BATCH = 500;
    private static final String INSERT = "insert into outbox_event (event_id, topic, aggregate_id, event_type, source,"
            + " occurred_at, payload, created_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

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

    /**
     * Adds the events of a bulk change (an import of thousands of rows) in batches of statements, in
     * their order. One persist per event would insert one row at a time: the identity key makes each
     * insert run at once, which also breaks up the batches of the change's own rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAll(List<? extends EventData> all) {
        if (all.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        OutboxEvent.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (EventData data : all) {
                    Event<?> event = Event.of(service, data, clock);
                    insert.setObject(1, event.id());
                    insert.setString(2, event.topic());
                    insert.setString(3, event.subject());
                    insert.setString(4, event.type().type());
                    insert.setString(5, event.source().toString());
                    insert.setObject(6, event.time());
                    insert.setString(7, new String(codec.dataBytes(event.data()), StandardCharsets.UTF_8));
                    insert.setObject(8, now);
                    insert.setObject(9, now);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
        });
        relay.wakeAfterCommit();
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
