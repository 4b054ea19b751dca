package eu.twinninghub.api.partnership;

import eu.twinninghub.api.paging.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Partnerships and their progress, served by matching; public to read, written by their parties. */
@Path("/api/v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
public interface PartnershipApi {

    @GET
    @Operation(summary = "Every partnership, newest first (public)")
    Page<PartnershipView> list(
            @QueryParam("authority") UUID authority,
            @QueryParam("status") @Pattern(regexp = "ESTABLISHED|MOU_SIGNED|AGREEMENT_APPROVED|ACTIVE|DORMANT|COMPLETED|CANCELLED",
                    message = "must be ESTABLISHED, MOU_SIGNED, AGREEMENT_APPROVED, ACTIVE, DORMANT, COMPLETED or CANCELLED")
            String status,
            @QueryParam("cursor") @Size(max = 300) String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit);

    @GET
    @Path("/{id}")
    @Operation(summary = "A partnership with its parties, plan, steps and progress updates (public)")
    PartnershipView get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}/plan")
    @Operation(summary = "Set goals, themes, start and end, with the version read (a party)")
    PartnershipView plan(@PathParam("id") UUID id, @NotNull @Valid PartnershipPlan plan);

    @POST
    @Path("/{id}/status")
    @Operation(summary = "Record the next step: MOU signed, agreement approved, active, completed or cancelled (a party)")
    PartnershipView changeStatus(@PathParam("id") UUID id, @NotNull @Valid PartnershipStatusRequest request);

    @POST
    @Path("/{id}/updates")
    @Operation(summary = "Post a dated progress update (a party)")
    PartnershipView addUpdate(@PathParam("id") UUID id, @NotNull @Valid ProgressInput update);

    @POST
    @Path("/{id}/milestones")
    @Operation(summary = "Record a milestone reached: MOU signed, first visit, joint project started, results"
            + " reported, with its date and a link (a member)")
    PartnershipView recordMilestone(@PathParam("id") UUID id, @NotNull @Valid MilestoneInput milestone);

    @POST
    @Path("/{id}/members")
    @Operation(summary = "Invite an authority to join a team (the team's coordinator)")
    PartnershipView invite(@PathParam("id") UUID id, @NotNull @Valid MemberInvitation invitation);

    @POST
    @Path("/{id}/members/{authorityId}/consent")
    @Operation(summary = "Accept an invitation: the authority becomes a member (the invited authority)")
    PartnershipView consent(@PathParam("id") UUID id, @PathParam("authorityId") UUID authorityId);

    @POST
    @Path("/{id}/members/{authorityId}/departure")
    @Operation(summary = "Leave a partnership, decline an invitation, or remove a member, with the reason (the"
            + " authority itself, or its team's coordinator)")
    PartnershipView depart(@PathParam("id") UUID id, @PathParam("authorityId") UUID authorityId,
                           @NotNull @Valid MemberDeparture departure);

    @PUT
    @Path("/{id}/coordinators/{team}")
    @Operation(summary = "Hand a team's coordination to another of its members (the team's coordinator)")
    PartnershipView handOver(@PathParam("id") UUID id,
                             @PathParam("team") @Pattern(regexp = "RECEIVING|SUPPORTING",
                                     message = "must be RECEIVING or SUPPORTING") String team,
                             @NotNull @Valid CoordinatorChoice choice);

    /**
     * One operation in the document, with a JSON and a CSV body: both methods carry the same
     * description and operationId, since the document merges them (and would otherwise take either's).
     */
    String IMPORT_SUMMARY = "Register partnerships made elsewhere, from a list (a platform admin; a partner network for"
            + " pairs where a side accepted it)";
    String IMPORT_DESCRIPTION = "As JSON (PartnershipImport), or as a CSV file in UTF-8 whose header names"
            + " hromada_code, hromada_name, partner_code, partner_name, partner_country, since, reference, with"
            + " source, licence and retrieved as parameters. Each side is found by official code, or else by name"
            + " (the partner with its country) with a confidence. A pair partnered already is left as it is, so the"
            + " same list twice changes nothing. dryRun=true only reports. Otherwise the list goes in whole or not at"
            + " all (400 naming each row that cannot), unless partial=true.";

    @POST
    @Path("/imports")
    @Operation(operationId = "importPartnerships", summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    ImportReport importList(@NotNull @Valid PartnershipImport list,
                            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                            @QueryParam("partial") @DefaultValue("false") boolean partial);

    @POST
    @Path("/imports")
    @Consumes("text/csv")
    @Operation(operationId = "importPartnerships", summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    ImportReport importCsv(@NotNull @Size(max = 5_000_000) byte[] file,
                           @QueryParam("source") @Size(max = 300) String source,
                           @QueryParam("licence") @Size(max = 100) String licence,
                           @QueryParam("retrieved") @Size(max = 10) String retrieved,
                           @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                           @QueryParam("partial") @DefaultValue("false") boolean partial);

    @GET
    @Path("/export.json")
    @Operation(summary = "Open data: every partnership with its parties' official codes, CC BY 4.0")
    @APIResponse(responseCode = "200", description = "Open data under CC BY 4.0: every partnership, as JSON",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenData.class)))
    Response exportJson();

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Open data as CSV, one row per party, CC BY 4.0")
    @APIResponse(responseCode = "200", description = "Open data under CC BY 4.0: one row per party, as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    Response exportCsv();
}
