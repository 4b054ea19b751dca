package eu.twinninghub.needsoffers.web;

import eu.twinninghub.api.offer.OfferApi;
import eu.twinninghub.api.offer.OfferInput;
import eu.twinninghub.api.offer.OfferQuery;
import eu.twinninghub.api.offer.OfferView;
import eu.twinninghub.api.offer.UpdateOffer;
import eu.twinninghub.api.posting.StatusRequest;
import eu.twinninghub.needsoffers.offer.Offer;
import eu.twinninghub.needsoffers.offer.OfferBoard;
import eu.twinninghub.needsoffers.offer.OfferSearch;
import eu.twinninghub.needsoffers.offer.OfferStatusChange;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Every write is one transaction, so that the view is built from what was just written. Reads run
 * outside one: nothing to flush or commit, and Hibernate keeps no snapshot of what they load.
 */
@Transactional
public class OfferResource implements OfferApi {

    private final OfferBoard board;
    private final OfferSearch search;

    public OfferResource(OfferBoard board, OfferSearch search) {
        this.board = board;
        this.search = search;
    }

    @Override
    @Authenticated
    public Response create(String idempotencyKey, OfferInput offer) {
        Offer created = board.create(idempotencyKey, offer);
        return Response.created(URI.create("/api/v1/offers/" + created.id)).entity(view(created)).build();
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public OfferView get(UUID id) {
        return view(board.visible(id));
    }

    @Override
    @Authenticated
    public OfferView update(UUID id, UpdateOffer request) {
        return view(board.update(id, request));
    }

    @Override
    @Authenticated
    public OfferView changeStatus(UUID id, StatusRequest request) {
        return view(board.changeStatus(id, request));
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Blocking
    public CompletionStage<Response> list(OfferQuery query) {
        return CompletableFuture.completedStage(Response.ok(search.find(query).map(OfferResource::view)).build());
    }

    static OfferView view(Offer o) {
        return new OfferView(o.id, o.input(), o.status, o.capacityLeft(),
                o.history.stream().map(OfferStatusChange::view).toList(), o.createdAt, o.updatedAt, o.publishedAt,
                o.version);
    }
}
