package eu.twinninghub.service;

import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A resource shaped like the services' ones, to exercise what every service inherits. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record Contact(@NotBlank String name, @Email String email) {
    }

    public record Item(@NotBlank String title, @NotEmpty List<@Valid Contact> contacts, @Min(0) Integer population) {
    }

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Item create(@Valid Item item) {
        return item;
    }

    @GET
    @Path("/{id}")
    public Item get(@PathParam("id") UUID id) {
        throw ProblemException.notFound("item", id);
    }

    @GET
    public Map<String, Object> list(@QueryParam("limit") @DefaultValue("20") int limit, @QueryParam("owner") UUID owner) {
        return Map.of("limit", limit, "owner", owner == null ? "anyone" : owner.toString());
    }

    @GET
    @Path("/me")
    @Authenticated
    public Map<String, Object> me() {
        return Map.of("authority", caller.authorityId().map(UUID::toString).orElse("none"),
                "admin", caller.isPlatformAdmin(), "name", caller.displayName());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public void delete(@PathParam("id") UUID id) {
        throw ProblemException.conflict("item " + id + " is CLOSED and cannot be deleted");
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("database password is hunter2");
    }
}
