package eu.twinninghub.api.me;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a signed-in person sees first, gathered from every service in one call (gateway only). */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public interface DashboardApi {

    @GET
    @Path("/dashboard")
    @Operation(summary = "My authority, my needs and offers, proposals awaiting my answer, my partnerships and unread notifications")
    Dashboard dashboard();
}
