package eu.twinninghub.api.authority;

import eu.twinninghub.api.paging.Page;
import eu.twinninghub.api.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register of authorities, served by authority-profiles and, publicly, through the gateway. */
@Path("/api/v1/authorities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authorities")
public interface AuthorityApi {

    @POST
    @Operation(summary = "Register an authority (platform admin or partner network)")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorityView.class)))
    Response register(@NotNull @Valid RegisterAuthority request);

    @GET
    @Path("/{id}")
    @Operation(summary = "An authority's profile")
    AuthorityView get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update an authority's profile (its admin or a platform admin), with the version read")
    AuthorityView update(@PathParam("id") UUID id, @NotNull @Valid UpdateAuthority request);

    @GET
    @Operation(summary = "Find authorities; q matches any name in any script (Kharkiv, Харків, Charkiw)")
    Page<AuthorityView> list(@Valid @BeanParam AuthorityQuery query);

    @POST
    @Path("/{id}/verification")
    @Operation(summary = "Verify or suspend an authority (platform admin, or a partner network it belongs to)")
    AuthorityView changeVerification(@PathParam("id") UUID id, @NotNull @Valid VerificationRequest request);

    @PUT
    @Path("/{id}/networks/{networkId}")
    @Operation(summary = "Consent to a membership in a partner network: the network invites or accepts, the authority's"
            + " admin asks or accepts; it exists once both said yes",
            description = "200 with state ACCEPTED when this consent completes the membership, 202 with INVITED or"
                    + " REQUESTED while the other side has not answered. A platform admin is neither side.")
    @APIResponse(responseCode = "200", description = "Both sides agreed: the authority is a member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "202", description = "Recorded; waiting for the other side",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipView.class)))
    Response joinNetwork(@PathParam("id") UUID id, @PathParam("networkId") UUID networkId);

    @DELETE
    @Path("/{id}/networks/{networkId}")
    @Operation(summary = "End a membership, or withdraw or decline a request for one (either side, or a platform admin)")
    MembershipView leaveNetwork(@PathParam("id") UUID id, @PathParam("networkId") UUID networkId);

    @GET
    @Path("/{id}/memberships")
    @Operation(summary = "The memberships and open requests of an authority, as a member and as a network"
            + " (its own people, a platform admin)")
    List<MembershipView> memberships(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/trail")
    @Operation(summary = "The authority's trust trail, newest first: registration, verification, memberships"
            + " (its own people, a platform admin)")
    @APIResponse(responseCode = "200", description = "One page of the trail; next is the cursor of the following page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    properties = {@SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = TrustRecordView.class),
                        @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                                description = "null on the last page")})))
    Page<TrustRecordView> trail(@PathParam("id") UUID id, @QueryParam("cursor") @Size(max = 200) String cursor,
                                @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit);

    @POST
    @Path("/{id}/contacts")
    @Operation(summary = "Add a contact person (the authority's admin)")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    Response addContact(@PathParam("id") UUID id, @NotNull @Valid ContactInput contact);

    @PUT
    @Path("/{id}/contacts/{contactId}")
    @Operation(summary = "Change a contact person (the authority's admin)")
    ContactView updateContact(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId,
                              @NotNull @Valid ContactInput contact);

    @DELETE
    // 204, no body: a client that accepts only the type its errors come in (a generated one does) may call it.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}/contacts/{contactId}")
    @Operation(summary = "Remove a contact person (the authority's admin)")
    void removeContact(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId);
}
