package eu.twinninghub.matching.readmodel;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.LocalizedText;
import eu.twinninghub.events.need.NeedClosed;
import eu.twinninghub.events.need.NeedDetails;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.events.need.NeedUpdated;
import eu.twinninghub.events.need.NeedWithdrawn;
import eu.twinninghub.events.offer.OfferClosed;
import eu.twinninghub.events.offer.OfferDetails;
import eu.twinninghub.events.offer.OfferPublished;
import eu.twinninghub.events.offer.OfferUpdated;
import eu.twinninghub.events.offer.OfferWithdrawn;
import eu.twinninghub.matching.snapshot.EngineSnapshot;
import eu.twinninghub.messaging.inbox.InboundEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@link OpenNeed} and {@link OpenOffer} from needs-offers' events: published and updated
 * ones are open (an older version arriving late changes nothing), closed and withdrawn ones not.
 */
@ApplicationScoped
public class PostingEventsConsumer {

    @Inject
    InboundEvents inbound;

    @Inject
    EngineSnapshot snapshot;

    @Incoming("needs")
    @Blocking
    @Transactional
    public void onNeed(ConsumerRecord<String, byte[]> record) {
        inbound.firstDelivery(AuthorityEventsConsumer.CONSUMER, record).ifPresent(this::apply);
    }

    @Incoming("offers")
    @Blocking
    @Transactional
    public void onOffer(ConsumerRecord<String, byte[]> record) {
        inbound.firstDelivery(AuthorityEventsConsumer.CONSUMER, record).ifPresent(this::apply);
    }

    void apply(Event<?> event) {
        switch (event.data()) {
            case NeedPublished published -> need(published.needId(), published.authorityId(), published.version(),
                    published.need());
            case NeedUpdated updated -> need(updated.needId(), updated.authorityId(), updated.version(), updated.need());
            case NeedClosed closed -> closeNeed(closed.needId());
            case NeedWithdrawn withdrawn -> closeNeed(withdrawn.needId());
            case OfferPublished published -> offer(published.offerId(), published.authorityId(), published.version(),
                    published.offer());
            case OfferUpdated updated -> offer(updated.offerId(), updated.authorityId(), updated.version(),
                    updated.offer());
            case OfferClosed closed -> closeOffer(closed.offerId());
            case OfferWithdrawn withdrawn -> closeOffer(withdrawn.offerId());
            default -> {
                return;
            }
        }
        snapshot.changed();
    }

    private static void need(UUID id, UUID authority, long version, NeedDetails details) {
        OpenNeed need = OpenNeed.findById(id);
        if (need == null) {
            need = new OpenNeed();
            need.id = id;
        } else if (version < need.version) {
            return;
        }
        need.authorityId = authority;
        need.sector = details.sector();
        need.subsectors = new ArrayList<>(details.subsectors());
        need.supportModes = new ArrayList<>(details.supportModes());
        need.tags = new ArrayList<>(details.expertiseTags());
        need.text = text(details.title(), details.description());
        need.languages = new ArrayList<>(details.languages());
        need.urgency = details.urgency();
        need.open = true;
        need.version = version;
        need.persist();
    }

    private static void offer(UUID id, UUID authority, long version, OfferDetails details) {
        OpenOffer offer = OpenOffer.findById(id);
        if (offer == null) {
            offer = new OpenOffer();
            offer.id = id;
        } else if (version < offer.version) {
            return;
        }
        offer.authorityId = authority;
        offer.sectors = new ArrayList<>(details.sectors());
        offer.subsectors = new ArrayList<>(details.subsectors());
        offer.supportModes = new ArrayList<>(details.supportModes());
        offer.tags = new ArrayList<>(details.expertiseTags());
        offer.text = text(details.title(), details.description());
        offer.languages = new ArrayList<>(details.languages());
        offer.capacity = details.capacity();
        offer.open = true;
        offer.version = version;
        offer.persist();
    }

    private static void closeNeed(UUID id) {
        OpenNeed need = OpenNeed.findById(id);
        if (need != null) {
            need.open = false;
        }
    }

    private static void closeOffer(UUID id) {
        OpenOffer offer = OpenOffer.findById(id);
        if (offer != null) {
            offer.open = false;
        }
    }

    /** Both languages' titles and descriptions: the words matching compares. */
    private static String text(LocalizedText title, LocalizedText description) {
        return Stream.of(title.uk(), title.en(), description == null ? null : description.uk(),
                        description == null ? null : description.en())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
