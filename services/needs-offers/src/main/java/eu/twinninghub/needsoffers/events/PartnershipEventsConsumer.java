package eu.twinninghub.needsoffers.events;

import eu.twinninghub.api.need.NeedStatus;
import eu.twinninghub.api.offer.OfferStatus;
import eu.twinninghub.events.Event;
import eu.twinninghub.events.match.MatchParty;
import eu.twinninghub.events.partnership.PartnershipCancelled;
import eu.twinninghub.events.partnership.PartnershipCompleted;
import eu.twinninghub.events.partnership.PartnershipEstablished;
import eu.twinninghub.messaging.inbox.InboundEvents;
import eu.twinninghub.messaging.inbox.WaitsForTheDatabase;
import eu.twinninghub.needsoffers.need.Need;
import eu.twinninghub.needsoffers.offer.Offer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Partnerships move needs and offers: an established one makes its need MATCHED and takes a place
 * of each offer (FULL at capacity); one that ends gives the places back, and a cancelled one
 * reopens its need. The guard makes a redelivered event change nothing.
 */
@ApplicationScoped
public class PartnershipEventsConsumer {

    private final InboundEvents inbound;
    private final Clock clock;

    public PartnershipEventsConsumer(InboundEvents inbound, Clock clock) {
        this.inbound = inbound;
        this.clock = clock;
    }

    @Incoming("matches")
    @Blocking
    @WaitsForTheDatabase
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        inbound.firstDelivery(record).ifPresent(this::apply);
    }

    void apply(Event<?> event) {
        switch (event.data()) {
            case PartnershipEstablished established -> {
                String why = "partnership " + established.partnershipId() + " established";
                Need need = Need.findById(established.need().itemId());
                if (need != null && need.status == NeedStatus.OPEN) {
                    need.moveTo(NeedStatus.MATCHED, event.service(), why, clock.instant());
                }
                offers(established.offers(), +1, why, event.service());
            }
            case PartnershipCancelled cancelled -> {
                String why = "partnership " + cancelled.partnershipId() + " cancelled"
                        + (cancelled.reason() == null ? "" : ": " + cancelled.reason());
                Need need = Need.findById(cancelled.need().itemId());
                if (need != null && need.status == NeedStatus.MATCHED) {
                    need.moveTo(NeedStatus.OPEN, event.service(), why, clock.instant());
                }
                offers(cancelled.offers(), -1, why, event.service());
            }
            case PartnershipCompleted completed ->
                    offers(completed.offers(), -1, "partnership " + completed.partnershipId() + " completed",
                            event.service());
            default -> {
            }
        }
    }

    /** {@code by}: who changed the offers' status in their history, the service that sent the event. */
    private void offers(List<MatchParty> parties, int change, String why, String by) {
        for (MatchParty party : parties) {
            Offer offer = Offer.findById(party.itemId());
            if (offer == null) {
                continue;
            }
            offer.partners = Math.max(0, offer.partners + change);
            if (offer.status == OfferStatus.OPEN && offer.capacityLeft() == 0) {
                offer.moveTo(OfferStatus.FULL, by, why, clock.instant());
            } else if (offer.status == OfferStatus.FULL && offer.capacityLeft() > 0) {
                offer.moveTo(OfferStatus.OPEN, by, why, clock.instant());
            }
        }
    }
}
