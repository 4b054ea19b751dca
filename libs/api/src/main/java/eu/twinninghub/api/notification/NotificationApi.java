package eu.twinninghub.api.notification;

import eu.twinninghub.api.language.PageLanguages;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The inbox of an authority and each person's preferences, served by notifications. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public interface NotificationApi {

    @GET
    @Operation(summary = "My authority's inbox, newest first, in my language (a platform admin may name the authority)")
    Page<NotificationView> list(
            @QueryParam("authority") UUID authority,
            @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("lang") @Pattern(regexp = PageLanguages.PATTERN, message = PageLanguages.MESSAGE) String lang,
            @QueryParam("cursor") @Size(max = 300) String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit);

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many entries of my authority's inbox are unread")
    UnreadCount unread(@QueryParam("authority") UUID authority);

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one entry read")
    NotificationView markRead(@PathParam("id") @Size(max = 40) String id);

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark every entry of my authority's inbox read")
    UnreadCount markAllRead(@QueryParam("authority") UUID authority);

    @GET
    @Path("/preferences")
    @Operation(summary = "My language, channels and digest frequency")
    Preferences preferences();

    @PUT
    @Path("/preferences")
    @Operation(summary = "Set my language, channels and digest frequency")
    Preferences setPreferences(@NotNull @Valid Preferences preferences);
}
