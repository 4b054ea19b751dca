package eu.twinninghub.needsoffers.web;

import eu.twinninghub.api.need.NeedApi;
import eu.twinninghub.api.need.NeedInput;
import eu.twinninghub.api.need.NeedQuery;
import eu.twinninghub.api.need.NeedView;
import eu.twinninghub.api.need.UpdateNeed;
import eu.twinninghub.api.posting.StatusRequest;
import eu.twinninghub.needsoffers.need.Need;
import eu.twinninghub.needsoffers.need.NeedBoard;
import eu.twinninghub.needsoffers.need.NeedSearch;
import eu.twinninghub.needsoffers.need.NeedStatusChange;
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
public class NeedResource implements NeedApi {

    private final NeedBoard board;
    private final NeedSearch search;

    public NeedResource(NeedBoard board, NeedSearch search) {
        this.board = board;
        this.search = search;
    }

    @Override
    @Authenticated
    public Response create(String idempotencyKey, NeedInput need) {
        Need created = board.create(idempotencyKey, need);
        return Response.created(URI.create("/api/v1/needs/" + created.id)).entity(view(created)).build();
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public NeedView get(UUID id) {
        return view(board.visible(id));
    }

    @Override
    @Authenticated
    public NeedView update(UUID id, UpdateNeed request) {
        return view(board.update(id, request));
    }

    @Override
    @Authenticated
    public NeedView changeStatus(UUID id, StatusRequest request) {
        return view(board.changeStatus(id, request));
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Blocking
    public CompletionStage<Response> list(NeedQuery query) {
        return CompletableFuture.completedStage(Response.ok(search.find(query).map(NeedResource::view)).build());
    }

    static NeedView view(Need n) {
        return new NeedView(n.id, n.input(), n.status, n.history.stream().map(NeedStatusChange::view).toList(),
                n.createdAt, n.updatedAt, n.publishedAt, n.version);
    }
}
