package eu.twinninghub.matching.events;

import eu.twinninghub.api.language.PageLanguages;
import eu.twinninghub.events.Event;
import eu.twinninghub.events.LocalizedText;
import eu.twinninghub.events.Topics;
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
import eu.twinninghub.matching.proposal.EngineSnapshot;
import eu.twinninghub.messaging.inbox.InboundBatches;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@link OpenNeed} and {@link OpenOffer} from needs-offers' events: published and updated
 * ones are open (an older version arriving late changes nothing), closed and withdrawn ones not.
 */
@ApplicationScoped
public class PostingEventsConsumer {

    private final InboundBatches inbound;
    private final EngineSnapshot snapshot;

    public PostingEventsConsumer(InboundBatches inbound, EngineSnapshot snapshot) {
        this.inbound = inbound;
        this.snapshot = snapshot;
    }

    @Incoming("needs")
    @Blocking
    public void onNeeds(ConsumerRecords<String, byte[]> records) {
        inbound.apply(records, this::apply);
    }

    @Incoming("offers")
    @Blocking
    public void onOffers(ConsumerRecords<String, byte[]> records) {
        inbound.apply(records, this::apply);
    }

    /** Applies a poll's new events in order; the rows they touch are read in two queries, not one per event. */
    void apply(List<Event<?>> events) {
        Map<UUID, OpenNeed> needs = byId(ids(events, Topics.NEEDS), OpenNeed::list, need -> need.id);
        Map<UUID, OpenOffer> offers = byId(ids(events, Topics.OFFERS), OpenOffer::list, offer -> offer.id);
        boolean changed = false;
        for (Event<?> event : events) {
            changed |= apply(event, needs, offers);
        }
        if (changed) {
            snapshot.changed();
        }
    }

    private static boolean apply(Event<?> event, Map<UUID, OpenNeed> needs, Map<UUID, OpenOffer> offers) {
        switch (event.data()) {
            case NeedPublished published -> need(needs, published.needId(), published.authorityId(), published.version(),
                    published.need(), event.time().toInstant());
            case NeedUpdated updated -> need(needs, updated.needId(), updated.authorityId(), updated.version(),
                    updated.need(), null);
            case NeedClosed closed -> close(needs.get(closed.needId()));
            case NeedWithdrawn withdrawn -> close(needs.get(withdrawn.needId()));
            case OfferPublished published -> offer(offers, published.offerId(), published.authorityId(),
                    published.version(), published.offer());
            case OfferUpdated updated -> offer(offers, updated.offerId(), updated.authorityId(), updated.version(),
                    updated.offer());
            case OfferClosed closed -> close(offers.get(closed.offerId()));
            case OfferWithdrawn withdrawn -> close(offers.get(withdrawn.offerId()));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The needs or offers (by their topic) the events are about: each event's aggregate. */
    private static Set<UUID> ids(List<Event<?>> events, String topic) {
        return events.stream().filter(event -> topic.equals(event.topic())).map(event -> event.data().aggregateId())
                .collect(Collectors.toSet());
    }

    private static <T> Map<UUID, T> byId(Set<UUID> ids, BiFunction<String, Object, List<T>> query,
            Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        if (!ids.isEmpty()) {
            query.apply("id in ?1", ids).forEach(row -> map.put(id.apply(row), row));
        }
        return map;
    }

    private static void need(Map<UUID, OpenNeed> needs, UUID id, UUID authority, long version, NeedDetails details,
                             Instant published) {
        OpenNeed need = needs.get(id);
        boolean known = need != null;
        if (!known) {
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
        if (need.publishedAt == null) {
            need.publishedAt = published;
        }
        if (!known) {
            need.persist();
            needs.put(id, need);
        }
    }

    private static void offer(Map<UUID, OpenOffer> offers, UUID id, UUID authority, long version, OfferDetails details) {
        OpenOffer offer = offers.get(id);
        boolean known = offer != null;
        if (!known) {
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
        if (!known) {
            offer.persist();
            offers.put(id, offer);
        }
    }

    private static void close(OpenNeed need) {
        if (need != null) {
            need.open = false;
        }
    }

    private static void close(OpenOffer offer) {
        if (offer != null) {
            offer.open = false;
        }
    }

    /** Every language's title and description: the words matching compares. */
    private static String text(LocalizedText title, LocalizedText description) {
        return Stream.of(title, description)
                .filter(Objects::nonNull)
                .flatMap(text -> PageLanguages.ALL.stream().map(text::in))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
