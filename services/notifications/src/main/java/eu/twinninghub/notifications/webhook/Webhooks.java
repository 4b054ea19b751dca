package eu.twinninghub.notifications.webhook;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.EventType;
import eu.twinninghub.events.Superseding;
import eu.twinninghub.notifications.idempotency.Once;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/** Queues an event for every webhook of a concerned partner network that asked for its type. */
@ApplicationScoped
public class Webhooks {

    private final EventCodec codec = new EventCodec();

    private final Clock clock;

    public Webhooks(Clock clock) {
        this.clock = clock;
    }

    /**
     * {@code concerned}: the authorities the event is about and their networks. Answers how many were queued.
     * A webhook that asks for an older version of the event's type gets the event under that type
     * whenever its data fits it (a posting written in German only does not fit v1, which knew only
     * Ukrainian and English, and is not sent there).
     */
    public int enqueue(Event<?> event, Set<String> concerned) {
        int queued = enqueueAs(event, concerned);
        for (EventType previous : event.type().previousVersions()) {
            if (event.data() instanceof Superseding data && data.fitsPreviousVersion()) {
                queued += enqueueAs(event.as(previous), concerned);
            }
        }
        return queued;
    }

    private int enqueueAs(Event<?> event, Set<String> concerned) {
        String type = event.type().type();
        int queued = 0;
        String payload = null;
        for (Subscription subscription : Subscription.<Subscription>list("eventTypes", type)) {
            if (!concerned.contains(subscription.networkId)) {
                continue;
            }
            if (payload == null) {
                payload = new String(EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE)
                        .serialize(codec.toCloudEvent(event)), StandardCharsets.UTF_8);
            }
            Delivery delivery = new Delivery();
            delivery.id = UUID.randomUUID().toString();
            delivery.webhookId = subscription.id;
            delivery.eventId = event.id().toString();
            delivery.eventType = type;
            delivery.payload = payload;
            delivery.status = Delivery.PENDING;
            delivery.createdAt = clock.instant();
            delivery.nextAttemptAt = delivery.createdAt;
            delivery.claimedUntil = delivery.createdAt;
            if (Once.insert(delivery::persist)) {
                queued++;
            }
        }
        return queued;
    }
}
