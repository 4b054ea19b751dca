package eu.twinninghub.gateway.api;

import eu.twinninghub.api.need.NeedApi;
import eu.twinninghub.api.need.NeedInput;
import eu.twinninghub.api.need.NeedQuery;
import eu.twinninghub.api.need.NeedView;
import eu.twinninghub.api.need.UpdateNeed;
import eu.twinninghub.api.posting.StatusRequest;
import eu.twinninghub.gateway.downstream.Downstream;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.downstream.Relay;
import eu.twinninghub.gateway.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

public class NeedGateway implements NeedApi {

    private final Downstreams downstreams;
    private final Access access;

    public NeedGateway(Downstreams downstreams, Access access) {
        this.downstreams = downstreams;
        this.access = access;
    }

    private Downstream<NeedApi> service() {
        return downstreams.needs();
    }

    @Override
    @Authenticated
    public Response create(String idempotencyKey, NeedInput need) {
        access.requirePostsFor(need.authorityId());
        return Relay.of(service().write(api -> api.create(idempotencyKey, need)));
    }

    @Override
    public NeedView get(UUID id) {
        return service().read(api -> api.get(id));
    }

    @Override
    @Authenticated
    public NeedView update(UUID id, UpdateNeed request) {
        access.requirePostsFor(get(id).need().authorityId());
        return service().write(api -> api.update(id, request));
    }

    @Override
    @Authenticated
    public NeedView changeStatus(UUID id, StatusRequest request) {
        access.requirePostsFor(get(id).need().authorityId());
        return service().write(api -> api.changeStatus(id, request));
    }

    @Override
    public CompletionStage<Response> list(NeedQuery query) {
        return service().readLater(api -> api.list(query)).thenApply(Relay::of);
    }
}
