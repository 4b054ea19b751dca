package eu.twinninghub.authorities.web;

import eu.twinninghub.api.staff.Invitation;
import eu.twinninghub.api.staff.RoleChange;
import eu.twinninghub.api.staff.StaffApi;
import eu.twinninghub.api.staff.StaffMember;
import eu.twinninghub.authorities.people.People;
import eu.twinninghub.authorities.people.Staff;
import eu.twinninghub.service.security.Caller;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Authenticated
public class StaffResource implements StaffApi {

    private final Staff staff;
    private final Caller caller;

    public StaffResource(Staff staff, Caller caller) {
        this.staff = staff;
        this.caller = caller;
    }

    @Override
    public List<StaffMember> staff(UUID id) {
        return staff.of(id, caller).stream().map(StaffResource::view).toList();
    }

    @Override
    public Response invite(UUID id, Invitation invitation) {
        StaffMember invited = view(staff.invite(id, invitation, caller));
        return Response.created(URI.create("/api/v1/authorities/" + id + "/staff/" + invited.personId()))
                .entity(invited).build();
    }

    @Override
    public StaffMember changeRole(UUID id, String personId, RoleChange change) {
        return view(staff.changeRole(id, personId, People.Role.valueOf(change.role()), caller));
    }

    @Override
    public void remove(UUID id, String personId) {
        staff.remove(id, personId, caller);
    }

    private static StaffMember view(People.Person person) {
        return new StaffMember(person.id(), person.username(), person.name(), person.email(), person.role().name());
    }
}
