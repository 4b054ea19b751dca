package eu.twinninghub.notifications.events;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.notifications.digest.NeedsDigest;
import eu.twinninghub.notifications.inbox.Announcement;
import eu.twinninghub.notifications.inbox.Inbox;
import eu.twinninghub.notifications.webhook.Webhooks;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every topic's events, in one place: first what they teach about authorities, postings and
 * matches, then the inbox entries and mails they cause, then the webhooks. Each step is idempotent
 * by itself (upserts by id, unique indexes), so a redelivered event changes nothing; an event that
 * cannot be read goes to the topic's dead-letter topic.
 */
@ApplicationScoped
public class EventsConsumer {

    private final EventCodec codec = new EventCodec();

    private final Audience audience;
    private final WhoMustKnow whoMustKnow;
    private final Inbox inbox;
    private final Webhooks webhooks;
    private final NeedsDigest digest;
    private final Claimants claimants;

    private final MeterRegistry meters;
    private final Clock clock;

    public EventsConsumer(Audience audience, WhoMustKnow whoMustKnow, Inbox inbox, Webhooks webhooks,
                          NeedsDigest digest, Claimants claimants, MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        this.audience = audience;
        this.whoMustKnow = whoMustKnow;
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.digest = digest;
        this.claimants = claimants;
    }

    @Incoming("authorities")
    @Blocking
    public void onAuthority(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Incoming("needs")
    @Blocking
    public void onNeed(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Incoming("offers")
    @Blocking
    public void onOffer(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Incoming("matches")
    @Blocking
    public void onMatch(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    /**
     * From the event's time to its entries in the inboxes: the "event to inbox" SLO counts the share
     * under 60 s (a bucket boundary, so that Prometheus can tell).
     */
    private Timer inboxLatency(String type) {
        return Timer.builder("twinning.inbox.latency").tag("type", type)
                .serviceLevelObjectives(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(5))
                .register(meters);
    }

    void handle(ConsumerRecord<String, byte[]> record) {
        Event<?> event = codec.fromRecord(record);
        audience.learn(event.data());
        if (event.data() instanceof NeedPublished published) {
            digest.collect(published);
        }
        List<Announcement> announcements = whoMustKnow.of(event);
        boolean delivered = false;
        for (Announcement announcement : announcements) {
            delivered |= inbox.deliver(announcement);
        }
        if (delivered) {
            inboxLatency(event.type().type()).record(Duration.between(event.time().toInstant(), clock.instant()));
        }
        claimants.tell(event);
        webhooks.enqueue(event, whoMustKnow.concerned(event, announcements));
    }
}
