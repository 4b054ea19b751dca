package eu.twinninghub.api.analytics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Alliance's view of the platform, served by matching: public, open data under CC BY 4.0. */
@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics")
public interface AnalyticsApi {

    @GET
    @Path("/coverage")
    @Operation(summary = "Coverage per oblast and per sector, hromadas with a partner by size, partner countries"
            + " (public, CC BY 4.0)")
    Coverage coverage();

    @GET
    @Path("/coverage.csv")
    @Produces("text/csv")
    @Operation(summary = "Coverage per oblast and per sector as CSV (public, CC BY 4.0)")
    @APIResponse(responseCode = "200", description = "One row per oblast, then one per sector, CC BY 4.0",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    Response coverageCsv();

    @GET
    @Path("/trends.csv")
    @Produces("text/csv")
    @Operation(summary = "Needs published, proposals and partnerships per month, the last twelve months, as CSV"
            + " (public, CC BY 4.0)")
    @APIResponse(responseCode = "200", description = "One row per month, oldest first, CC BY 4.0",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    Response trendsCsv();
}
