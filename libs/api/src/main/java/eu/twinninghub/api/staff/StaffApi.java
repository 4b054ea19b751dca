package eu.twinninghub.api.staff;

import eu.twinninghub.api.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * The people of an authority, managed by its admins (and platform admins). Keycloak keeps the
 * people; authority-profiles changes who acts for which authority and in which role.
 */
@Path("/api/v1/authorities/{id}/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
public interface StaffApi {

    @GET
    @Operation(summary = "The people who act for the authority, with their roles (its admins, a platform admin)")
    List<StaffMember> staff(@PathParam("id") UUID id);

    @POST
    @Path("/invitations")
    @Operation(summary = "Invite a colleague by e-mail (its admins, a platform admin): Keycloak mails them the link to"
            + " set a password; 20 invitations a day per person")
    @APIResponse(responseCode = "201", description = "Invited; the person exists in Keycloak, bound to the authority",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffMember.class)))
    Response invite(@PathParam("id") UUID id, @NotNull @Valid Invitation invitation);

    @PUT
    @Path("/{personId}")
    @Operation(summary = "Make someone a member or an admin (its admins, a platform admin); the last admin stays one")
    StaffMember changeRole(@PathParam("id") UUID id, @PathParam("personId") @Size(max = 100) String personId,
                           @NotNull @Valid RoleChange change);

    @DELETE
    // 204, no body: a client that accepts only the type its errors come in (a generated one does) may call it.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{personId}")
    @Operation(summary = "Remove someone: authority and roles taken away, sessions ended (its admins, a platform"
            + " admin); the last admin cannot be removed")
    void remove(@PathParam("id") UUID id, @PathParam("personId") @Size(max = 100) String personId);
}
