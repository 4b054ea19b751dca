package eu.twinninghub.needsoffers.events;

import eu.twinninghub.events.Event;
import eu.twinninghub.messaging.authority.KnownAuthorities;
import eu.twinninghub.messaging.inbox.InboundEvents;
import eu.twinninghub.messaging.inbox.WaitsForTheDatabase;
import eu.twinninghub.needsoffers.posting.Suspensions;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the authority read model ({@link KnownAuthorities}) up to date; the guard skips a repeated event. */
@ApplicationScoped
public class AuthorityEventsConsumer {

    private final InboundEvents inbound;
    private final KnownAuthorities authorities;
    private final Suspensions suspensions;

    public AuthorityEventsConsumer(InboundEvents inbound, KnownAuthorities authorities, Suspensions suspensions) {
        this.inbound = inbound;
        this.authorities = authorities;
        this.suspensions = suspensions;
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
            suspensions.follow(event.data().aggregateId());
        }
    }
}
