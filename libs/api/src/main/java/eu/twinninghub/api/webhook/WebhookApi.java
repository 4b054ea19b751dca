package eu.twinninghub.api.webhook;

import eu.twinninghub.api.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Partner networks' webhooks and their deliveries, served by notifications. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public interface WebhookApi {

    @POST
    @Operation(summary = "Subscribe to events concerning my network's members (a partner network)")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    Response create(@NotNull @Valid WebhookInput webhook);

    @GET
    @Operation(summary = "My network's subscriptions (every one for a platform admin)")
    List<WebhookView> list();

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a subscription's URL or event types; the URL is checked again")
    WebhookView update(@PathParam("id") @Size(max = 40) String id, @NotNull @Valid WebhookInput webhook);

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "Rotate the signing secret",
            description = "The new secret is shown once, in this answer. Until previousSecretRetiresAt each delivery "
                    + "carries two signatures, one per secret, so the receiver can switch over without losing one.")
    WebhookView rotateSecret(@PathParam("id") @Size(max = 40) String id);

    @DELETE
    // 204, no body: a client that accepts only the type its errors come in (a generated one does) may call it.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @Operation(summary = "Unsubscribe")
    @APIResponse(responseCode = "204", description = "Deleted; no more deliveries are made to it")
    Response delete(@PathParam("id") @Size(max = 40) String id);

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Deliveries of a subscription, newest first; status DEAD lists those given up on")
    List<DeliveryView> deliveries(@PathParam("id") @Size(max = 40) String id,
                                  @QueryParam("status") @Pattern(regexp = "PENDING|DELIVERED|DEAD",
                                          message = "must be PENDING, DELIVERED or DEAD") String status);

    @POST
    @Path("/deliveries/{id}/replay")
    @Operation(summary = "Try a delivery again from the start")
    DeliveryView replay(@PathParam("id") @Size(max = 40) String id);
}
