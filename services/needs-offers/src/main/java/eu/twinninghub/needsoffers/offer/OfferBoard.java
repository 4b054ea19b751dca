package eu.twinninghub.needsoffers.offer;

import eu.twinninghub.api.offer.OfferInput;
import eu.twinninghub.api.offer.OfferStatus;
import eu.twinninghub.api.offer.UpdateOffer;
import eu.twinninghub.api.posting.StatusRequest;
import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.events.Event;
import eu.twinninghub.events.LocalizedText;
import eu.twinninghub.events.offer.OfferClosed;
import eu.twinninghub.events.offer.OfferDetails;
import eu.twinninghub.events.offer.OfferPublished;
import eu.twinninghub.events.offer.OfferUpdated;
import eu.twinninghub.events.offer.OfferWithdrawn;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.needsoffers.authority.KnownAuthority;
import eu.twinninghub.needsoffers.authority.PostingRights;
import eu.twinninghub.needsoffers.posting.StatusMoves;
import eu.twinninghub.needsoffers.posting.TaxonomyCheck;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The life of an offer. Any verified authority offers — EU municipalities, regions and
 * associations, and Ukrainian hromadas with know-how to share: partnerships on an equal footing.
 */
@ApplicationScoped
public class OfferBoard {

    static final String SERVICE = "needs-offers";

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    PostingRights rights;

    @Inject
    Caller caller;

    @Transactional
    public Offer create(OfferInput input) {
        KnownAuthority authority = PostingRights.known(input.authorityId(), "authorityId");
        rights.requirePostFor(authority);
        check(input, "");
        Offer offer = Offer.draft(input, caller.displayName(), clock.instant());
        offer.persist();
        return offer;
    }

    @Transactional
    public Offer visible(UUID id) {
        Offer offer = Offer.<Offer>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("offer", id));
        if (!offer.status.isPublic() && !rights.mayPostFor(PostingRights.known(offer.authorityId, "id"))) {
            throw ProblemException.notFound("offer", id);
        }
        return offer;
    }

    @Transactional
    public Offer update(UUID id, UpdateOffer request) {
        Offer offer = owned(id);
        if (request.version() != offer.version) {
            throw ProblemException.staleVersion("offer " + id, request.version(), offer.version);
        }
        if (offer.status == OfferStatus.CLOSED || offer.status == OfferStatus.WITHDRAWN) {
            throw ProblemException.conflict("offer " + id + " is " + offer.status + ": it is final and not edited");
        }
        if (!offer.authorityId.equals(request.offer().authorityId())) {
            throw ProblemException.invalid("offer.authorityId", "cannot change; post a new offer for another authority");
        }
        check(request.offer(), "offer.");
        if (request.offer().capacity() < offer.partners) {
            throw ProblemException.invalid("offer.capacity", "cannot be below the " + offer.partners
                    + " partnerships the offer is in");
        }
        offer.edit(request.offer(), clock.instant());
        if (offer.status.isPublic()) {
            Offer.getEntityManager().flush();
            outbox.add(Event.of(SERVICE, new OfferUpdated(offer.id, offer.authorityId, offer.version, details(offer)),
                    clock));
        }
        return offer;
    }

    @Transactional
    public Offer changeStatus(UUID id, StatusRequest request) {
        OfferStatus next = StatusMoves.parse(OfferStatus.class, request.status());
        Offer offer = owned(id);
        if (next == OfferStatus.FULL) {
            throw ProblemException.conflict("an offer becomes FULL when its capacity is taken by partnerships");
        }
        String reason = StatusMoves.check("offer", id, offer.status, next, offer.status.ownerMayMoveTo(),
                Set.of(OfferStatus.CLOSED, OfferStatus.WITHDRAWN), request.reason());
        if (next == OfferStatus.OPEN && !PostingRights.known(offer.authorityId, "id").isVerified()) {
            throw ProblemException.conflict("authority " + offer.authorityId + " is not verified yet; the offer stays a"
                    + " DRAFT until a partner network or the platform verifies it");
        }
        boolean wasPublic = offer.status.isPublic();
        offer.moveTo(next, caller.displayName(), reason, clock.instant());
        Offer.getEntityManager().flush();
        switch (next) {
            case OPEN -> outbox.add(Event.of(SERVICE,
                    new OfferPublished(offer.id, offer.authorityId, offer.version, details(offer)), clock));
            case CLOSED -> outbox.add(Event.of(SERVICE, new OfferClosed(offer.id, offer.authorityId, reason), clock));
            case WITHDRAWN -> {
                if (wasPublic) {
                    outbox.add(Event.of(SERVICE, new OfferWithdrawn(offer.id, offer.authorityId, reason), clock));
                }
            }
            default -> {
            }
        }
        return offer;
    }

    private Offer owned(UUID id) {
        Offer offer = visible(id);
        rights.requirePostFor(PostingRights.known(offer.authorityId, "id"));
        return offer;
    }


    public static OfferDetails details(Offer o) {
        return new OfferDetails(new LocalizedText(o.titleUk, o.titleEn), new LocalizedText(o.descriptionUk, o.descriptionEn),
                List.copyOf(o.sectors), List.copyOf(o.subsectors), List.copyOf(o.supportModes),
                List.copyOf(o.expertiseTags), o.capacity, List.copyOf(o.languages), o.availableFrom, o.availableUntil,
                o.staffDays, o.fundingEur, o.equipment);
    }

    private static void check(OfferInput input, String prefix) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (input.title().isEmpty()) {
            violations.add(new Problem.Violation(prefix + "title", "needs a Ukrainian or an English text"));
        }
        TaxonomyCheck.sectors(input.sectors(), prefix + "sectors", violations);
        TaxonomyCheck.subsectors(input.subsectors(), input.sectors(), prefix + "subsectors", violations);
        TaxonomyCheck.supportModes(input.supportModes(), prefix + "supportModes", violations);
        TaxonomyCheck.range(input.availableFrom(), input.availableUntil(), prefix + "availableUntil", "availableFrom",
                violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
