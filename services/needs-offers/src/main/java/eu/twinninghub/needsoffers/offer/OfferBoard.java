package eu.twinninghub.needsoffers.offer;

import eu.twinninghub.api.offer.OfferInput;
import eu.twinninghub.api.offer.OfferStatus;
import eu.twinninghub.api.offer.UpdateOffer;
import eu.twinninghub.api.posting.StatusRequest;
import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.events.offer.OfferClosed;
import eu.twinninghub.events.offer.OfferDetails;
import eu.twinninghub.events.offer.OfferPublished;
import eu.twinninghub.events.offer.OfferUpdated;
import eu.twinninghub.events.offer.OfferWithdrawn;
import eu.twinninghub.needsoffers.posting.Posting;
import eu.twinninghub.needsoffers.posting.PostingBoard;
import eu.twinninghub.needsoffers.posting.StatusMoves;
import eu.twinninghub.needsoffers.posting.TaxonomyCheck;
import eu.twinninghub.needsoffers.posting.TextsCheck;
import eu.twinninghub.service.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The life of an offer. Any verified authority offers — EU municipalities, regions and
 * associations, and Ukrainian hromadas with know-how to share: partnerships on an equal footing.
 */
@ApplicationScoped
public class OfferBoard extends PostingBoard<Offer> {

    public OfferBoard() {
        super("offer", Offer.class);
    }

    @Override
    protected boolean isPublic(Offer offer) {
        // A draft withdrawn before it was ever published stays private.
        return offer.status.isPublic() && offer.publishedAt != null;
    }

    @Transactional
    public Offer create(String idempotencyKey, OfferInput input) {
        return once(idempotencyKey, () -> {
            postingFor(input.authorityId());
            check(input, "");
            Offer offer = Offer.draft(input, caller.displayName(), clock.instant());
            offer.persist();
            return offer;
        });
    }

    @Transactional
    public Offer update(UUID id, UpdateOffer request) {
        Offer offer = owned(id);
        requireEditable(offer, request.version(), request.offer().authorityId(), "offer.authorityId");
        if (offer.status == OfferStatus.CLOSED || offer.status == OfferStatus.WITHDRAWN) {
            throw ProblemException.conflict("offer " + id + " is " + offer.status + ": it is final and not edited");
        }
        check(request.offer(), "offer.");
        if (request.offer().capacity() < offer.partners) {
            throw ProblemException.invalid("offer.capacity", "cannot be below the " + offer.partners
                    + " partnerships the offer is in");
        }
        offer.edit(request.offer(), clock.instant());
        if (offer.status.isPublic()) {
            announce(new OfferUpdated(offer.id, offer.authorityId, offer.version, details(offer)));
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
        if (next == OfferStatus.OPEN) {
            requireVerifiedToOpen(offer);
        }
        boolean wasPublic = offer.status.isPublic();
        offer.moveTo(next, caller.displayName(), reason, clock.instant());
        switch (next) {
            case OPEN -> announce(new OfferPublished(offer.id, offer.authorityId, offer.version, details(offer)));
            case CLOSED -> announce(new OfferClosed(offer.id, offer.authorityId, reason));
            case WITHDRAWN -> {
                if (wasPublic) {
                    announce(new OfferWithdrawn(offer.id, offer.authorityId, reason));
                }
            }
            default -> {
            }
        }
        return offer;
    }

    public static OfferDetails details(Offer o) {
        return new OfferDetails(Posting.event(o.title()), Posting.event(o.description()),
                List.copyOf(o.sectors), List.copyOf(o.subsectors), List.copyOf(o.supportModes),
                List.copyOf(o.expertiseTags), o.capacity, List.copyOf(o.languages), o.availableFrom, o.availableUntil,
                o.staffDays, o.fundingEur, o.equipment);
    }

    private static void check(OfferInput input, String prefix) {
        List<Problem.Violation> violations = new ArrayList<>();
        TextsCheck.texts(input.title(), input.description(), prefix, violations);
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
