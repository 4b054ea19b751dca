package eu.twinninghub.api.match;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Proposals of the matching engine and the answers of each side, served by matching. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public interface MatchApi {

    @GET
    @Path("/matches")
    @Operation(summary = "Proposals of my authority (every side's for a platform admin), newest first")
    Page<MatchView> list(
            @QueryParam("need") UUID need,
            @QueryParam("offer") UUID offer,
            @QueryParam("status") @Pattern(regexp = "PROPOSED|AGREED|DECLINED|EXPIRED",
                    message = "must be PROPOSED, AGREED, DECLINED or EXPIRED") String status,
            @QueryParam("cursor") @Size(max = 300) String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit);

    @GET
    @Path("/matches/{id}")
    @Operation(summary = "A proposal with the explanation of its score, for its sides")
    MatchView get(@PathParam("id") UUID id);

    @POST
    @Path("/matches/{id}/accept")
    @Operation(summary = "Accept for my side; when every side has, the partnership is established")
    MatchView accept(@PathParam("id") UUID id);

    @POST
    @Path("/matches/{id}/decline")
    @Operation(summary = "Decline for my side, with a reason; the pair is never proposed again")
    MatchView decline(@PathParam("id") UUID id, @NotNull @Valid DeclineRequest request);

    @GET
    @Path("/matching/needs/{id}/candidates")
    @Operation(summary = "The offers that fit an open need best, each score explained")
    List<Candidate> offersForNeed(@PathParam("id") UUID need,
                                  @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit);

    @GET
    @Path("/matching/offers/{id}/candidates")
    @Operation(summary = "The open needs an offer fits best, each score explained")
    List<Candidate> needsForOffer(@PathParam("id") UUID offer,
                                  @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit);

    @GET
    @Path("/matching/offers/{id}/regional-cluster")
    @Operation(summary = "For a region's offer: several hromadas of the oblast it fits best")
    RegionalCluster regionalCluster(@PathParam("id") UUID offer,
                                    @QueryParam("size") @DefaultValue("5") @Min(2) @Max(20) int size);

    @POST
    @Path("/matching/allocation")
    @Operation(summary = "Run the global allocation now and propose what it assigns (platform admin)")
    AllocationSummary allocate();
}
