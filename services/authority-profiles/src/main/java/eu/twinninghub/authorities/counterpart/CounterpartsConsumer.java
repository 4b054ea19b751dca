package eu.twinninghub.authorities.counterpart;

import eu.twinninghub.messaging.inbox.InboundEvents;
import eu.twinninghub.messaging.inbox.WaitsForTheDatabase;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps {@link Counterparts} from matching's events; the guard makes a redelivery change nothing. */
@ApplicationScoped
public class CounterpartsConsumer {

    private final InboundEvents inbound;
    private final Counterparts counterparts;

    public CounterpartsConsumer(InboundEvents inbound, Counterparts counterparts) {
        this.inbound = inbound;
        this.counterparts = counterparts;
    }

    @Incoming("matches")
    @Blocking
    @WaitsForTheDatabase
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        inbound.firstDelivery(record).ifPresent(counterparts::apply);
    }
}
