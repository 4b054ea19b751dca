package eu.twinninghub.matching.events;

import eu.twinninghub.events.Event;
import eu.twinninghub.matching.proposal.EngineSnapshot;
import eu.twinninghub.matching.proposal.MatchBoard;
import eu.twinninghub.messaging.authority.KnownAuthorities;
import eu.twinninghub.messaging.inbox.InboundEvents;
import eu.twinninghub.messaging.inbox.WaitsForTheDatabase;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the authority read model ({@link KnownAuthorities}) from the authority events, and holds or
 * releases the authority's open proposals as it is suspended or reinstated; the guard makes a
 * redelivery change nothing.
 */
@ApplicationScoped
public class AuthorityEventsConsumer {

    private final InboundEvents inbound;
    private final KnownAuthorities authorities;
    private final EngineSnapshot snapshot;
    private final MatchBoard board;

    public AuthorityEventsConsumer(InboundEvents inbound, KnownAuthorities authorities, EngineSnapshot snapshot,
                                   MatchBoard board) {
        this.inbound = inbound;
        this.authorities = authorities;
        this.snapshot = snapshot;
        this.board = board;
    }

    @Incoming("authorities")
    @Blocking
    @WaitsForTheDatabase
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        inbound.firstDelivery(record).ifPresent(this::apply);
    }

    void apply(Event<?> event) {
        if (authorities.apply(event)) {
            board.reconsiderHolds(event.data().aggregateId());
            snapshot.changed();
        }
    }
}
