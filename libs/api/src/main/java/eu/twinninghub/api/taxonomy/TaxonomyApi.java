package eu.twinninghub.api.taxonomy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sectors, subsectors and support modes needs and offers are filed under (public). */
@Path("/api/v1/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taxonomy")
public interface TaxonomyApi {

    @GET
    @Operation(summary = "Sectors with their subsectors, and support modes, labelled in English and Ukrainian")
    TaxonomyView taxonomy();
}
