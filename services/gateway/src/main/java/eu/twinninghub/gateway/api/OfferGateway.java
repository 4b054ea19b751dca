package eu.twinninghub.gateway.api;

import eu.twinninghub.api.offer.OfferApi;
import eu.twinninghub.api.offer.OfferInput;
import eu.twinninghub.api.offer.OfferQuery;
import eu.twinninghub.api.offer.OfferView;
import eu.twinninghub.api.offer.UpdateOffer;
import eu.twinninghub.api.posting.StatusRequest;
import eu.twinninghub.gateway.downstream.Downstream;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.downstream.Relay;
import eu.twinninghub.gateway.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

public class OfferGateway implements OfferApi {

    private final Downstreams downstreams;
    private final Access access;

    public OfferGateway(Downstreams downstreams, Access access) {
        this.downstreams = downstreams;
        this.access = access;
    }

    private Downstream<OfferApi> service() {
        return downstreams.offers();
    }

    @Override
    @Authenticated
    public Response create(String idempotencyKey, OfferInput offer) {
        access.requirePostsFor(offer.authorityId());
        return Relay.of(service().write(api -> api.create(idempotencyKey, offer)));
    }

    @Override
    public OfferView get(UUID id) {
        return service().read(api -> api.get(id));
    }

    @Override
    @Authenticated
    public OfferView update(UUID id, UpdateOffer request) {
        access.requirePostsFor(get(id).offer().authorityId());
        return service().write(api -> api.update(id, request));
    }

    @Override
    @Authenticated
    public OfferView changeStatus(UUID id, StatusRequest request) {
        access.requirePostsFor(get(id).offer().authorityId());
        return service().write(api -> api.changeStatus(id, request));
    }

    @Override
    public CompletionStage<Response> list(OfferQuery query) {
        return service().readLater(api -> api.list(query)).thenApply(Relay::of);
    }
}
