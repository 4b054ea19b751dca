package eu.twinninghub.gateway.api;

import eu.twinninghub.api.staff.Invitation;
import eu.twinninghub.api.staff.RoleChange;
import eu.twinninghub.api.staff.StaffApi;
import eu.twinninghub.api.staff.StaffMember;
import eu.twinninghub.gateway.downstream.Downstream;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.downstream.Relay;
import eu.twinninghub.gateway.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

@Authenticated
public class StaffGateway implements StaffApi {

    private final Downstreams downstreams;
    private final Access access;

    public StaffGateway(Downstreams downstreams, Access access) {
        this.downstreams = downstreams;
        this.access = access;
    }

    private Downstream<StaffApi> service() {
        return downstreams.staff();
    }

    @Override
    public List<StaffMember> staff(UUID id) {
        access.requireAdministers(id);
        return service().read(api -> api.staff(id));
    }

    @Override
    public Response invite(UUID id, Invitation invitation) {
        access.requireAdministers(id);
        return Relay.of(service().write(api -> api.invite(id, invitation)));
    }

    @Override
    public StaffMember changeRole(UUID id, String personId, RoleChange change) {
        access.requireAdministers(id);
        return service().write(api -> api.changeRole(id, personId, change));
    }

    @Override
    public void remove(UUID id, String personId) {
        access.requireAdministers(id);
        service().write(api -> {
            api.remove(id, personId);
            return null;
        });
    }
}
