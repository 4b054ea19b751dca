package eu.twinninghub.api.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Joining: a signed-in person with no authority claims one of the register, or proposes a new one;
 * a platform admin, a network the authority accepted, or the authority's admin decides. Served by
 * authority-profiles, which gives the approved person their authority and role in Keycloak.
 */
@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Joining")
public interface ClaimApi {

    @POST
    @Operation(summary = "Claim an authority, or propose a new one (a signed-in person with no authority yet)")
    @APIResponse(responseCode = "201", description = "Created; it waits in the verification queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    Response claim(@NotNull @Valid ClaimInput claim);

    @GET
    @Path("/mine")
    @Operation(summary = "The caller's own claims, newest first")
    List<ClaimView> mine();

    @GET
    @Path("/queue")
    @Operation(summary = "The pending claims the caller may decide, oldest first, with their hints")
    List<ClaimView> queue();

    @GET
    @Path("/{id}")
    @Operation(summary = "A claim (the person who made it, or who may decide it)")
    ClaimView get(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Approve or reject a claim (platform admin; a network the authority accepted; the authority's"
            + " admin)")
    ClaimView decide(@PathParam("id") UUID id, @NotNull @Valid ClaimDecision decision);

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw one's own pending claim")
    ClaimView withdraw(@PathParam("id") UUID id);
}
