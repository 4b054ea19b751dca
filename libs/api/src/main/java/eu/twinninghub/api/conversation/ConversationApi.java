package eu.twinninghub.api.conversation;

import eu.twinninghub.api.paging.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conversations between two authorities, opened by an expression of interest in a need, an offer
 * or a proposal; served by matching. Only the staff of the two authorities read and write a thread
 * (and platform admins, whose reads are recorded in it); anyone else is told it does not exist.
 */
@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations")
public interface ConversationApi {

    @POST
    @Operation(summary = "Express interest in a need, an offer or a proposal, with a first message",
            description = "Opens a conversation with the authority behind it. Expressing interest again in the same"
                    + " subject while the conversation is open adds the message to it and answers 200.")
    @APIResponse(responseCode = "201", description = "Opened; the Location header is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "200",
            description = "The conversation was open already; the message is in it (Location names it too)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationView.class)))
    Response open(@NotNull @Valid ExpressInterest interest);

    @GET
    @Operation(summary = "Conversations of my authority, most recent message first (every one for a platform admin)")
    Page<ConversationView> list(
            @QueryParam("status") @Pattern(regexp = "OPEN|CLOSED", message = "must be OPEN or CLOSED") String status,
            @QueryParam("reported") Boolean reported,
            @QueryParam("cursor") @Size(max = 300) String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit);

    @GET
    @Path("/{id}")
    @Operation(summary = "A conversation with its messages (its two authorities; a platform admin's read is recorded)")
    ConversationView get(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/messages")
    @Operation(summary = "Write into a conversation of my authority")
    ConversationView write(@PathParam("id") UUID id, @NotNull @Valid MessageInput message);

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark everything in it read for my authority")
    ConversationView markRead(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close it (either authority, or a platform admin); nothing more can be written")
    ConversationView close(@PathParam("id") UUID id, @Valid CloseRequest request);

    @POST
    @Path("/{id}/report")
    @Operation(summary = "Report abuse to the platform admins (either authority)")
    ConversationView report(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request);

    @POST
    @Path("/{id}/proposal")
    @Operation(summary = "Propose a partnership of a need and an offer of the two authorities",
            description = "My side accepts it as it proposes; when the other side accepts the proposal"
                    + " (/matches/{id}/accept) the partnership is established, without the engine.")
    ConversationView propose(@PathParam("id") UUID id, @NotNull @Valid ProposalRequest request);
}
