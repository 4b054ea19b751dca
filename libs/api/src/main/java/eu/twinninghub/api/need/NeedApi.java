package eu.twinninghub.api.need;

import eu.twinninghub.api.paging.Page;
import eu.twinninghub.api.posting.IdempotencyKey;
import eu.twinninghub.api.posting.StatusRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reconstruction needs of Ukrainian authorities, served by needs-offers. */
@Path("/api/v1/needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Needs")
public interface NeedApi {

    /**
     * What {@link #list} answers. It is declared as a {@code Response} so that the gateway hands
     * the service's page on as it is, instead of reading it into records and writing it out again
     * (27% of the gateway's time on a search, in a profile); Java callers read it with this type.
     * It comes as a {@code CompletionStage} so that the gateway waits for it without holding a
     * thread, and receives the page whole (a plain {@code Response} is read from the connection
     * later, by a thread that waits for it); the service answers it on a worker thread.
     */
    GenericType<Page<NeedView>> PAGE = new GenericType<>() {
    };

    @POST
    @Operation(summary = "Post a need as a draft (a member of the authority, or a partner network it belongs to)",
            description = IdempotencyKey.DESCRIPTION)
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedView.class)))
    Response create(@HeaderParam(IdempotencyKey.HEADER) @Size(max = 100) String idempotencyKey,
                    @NotNull @Valid NeedInput need);

    @GET
    @Path("/{id}")
    @Operation(summary = "A need with its public status history; drafts only for their authority")
    NeedView get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit a draft or open need, with the version read")
    NeedView update(@PathParam("id") UUID id, @NotNull @Valid UpdateNeed request);

    @POST
    @Path("/{id}/status")
    @Operation(summary = "Publish (OPEN), start (IN_PROGRESS), fulfil, close or withdraw a need")
    NeedView changeStatus(@PathParam("id") UUID id, @NotNull @Valid StatusRequest request);

    @GET
    @Operation(summary = "Find needs; anonymous callers see published ones only")
    @APIResponse(responseCode = "200", description = "One page of needs; next is the cursor of the following page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    properties = {@SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = NeedView.class),
                        @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                                description = "null on the last page")})))
    CompletionStage<Response> list(@Valid @BeanParam NeedQuery query);
}
