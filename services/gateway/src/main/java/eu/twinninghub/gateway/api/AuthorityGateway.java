package eu.twinninghub.gateway.api;

import eu.twinninghub.api.authority.AuthorityApi;
import eu.twinninghub.api.authority.AuthorityQuery;
import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.authority.ContactInput;
import eu.twinninghub.api.authority.ContactView;
import eu.twinninghub.api.authority.MembershipView;
import eu.twinninghub.api.authority.RegisterAuthority;
import eu.twinninghub.api.authority.TrustRecordView;
import eu.twinninghub.api.authority.UpdateAuthority;
import eu.twinninghub.api.authority.VerificationRequest;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.gateway.downstream.Downstream;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.downstream.Relay;
import eu.twinninghub.gateway.security.Access;
import eu.twinninghub.gateway.security.Memberships;
import eu.twinninghub.service.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

public class AuthorityGateway implements AuthorityApi {

    private final Downstreams downstreams;
    private final Access access;
    private final Memberships memberships;

    public AuthorityGateway(Downstreams downstreams, Access access, Memberships memberships) {
        this.downstreams = downstreams;
        this.access = access;
        this.memberships = memberships;
    }

    private Downstream<AuthorityApi> service() {
        return downstreams.authorities();
    }

    @Override
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PARTNER_NETWORK})
    public Response register(RegisterAuthority request) {
        return Relay.of(service().write(api -> api.register(request)));
    }

    @Override
    public AuthorityView get(UUID id) {
        return service().read(api -> api.get(id));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_ADMIN, Roles.PLATFORM_ADMIN})
    public AuthorityView update(UUID id, UpdateAuthority request) {
        access.requireAdministers(id);
        return service().write(api -> api.update(id, request));
    }

    @Override
    public Page<AuthorityView> list(AuthorityQuery query) {
        return service().read(api -> api.list(query));
    }

    @Override
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PARTNER_NETWORK})
    public AuthorityView changeVerification(UUID id, VerificationRequest request) {
        access.requireVouchesFor(id);
        return service().write(api -> api.changeVerification(id, request));
    }

    @Override
    @Authenticated
    public Response joinNetwork(UUID id, UUID networkId) {
        access.requireConsentsToMembership(id, networkId);
        Response answer = Relay.of(service().write(api -> api.joinNetwork(id, networkId)));
        memberships.forget(id);
        return answer;
    }

    @Override
    @Authenticated
    public MembershipView leaveNetwork(UUID id, UUID networkId) {
        access.requireEndsMembership(id, networkId);
        MembershipView ended = service().write(api -> api.leaveNetwork(id, networkId));
        memberships.forget(id);
        return ended;
    }

    @Override
    @Authenticated
    public List<MembershipView> memberships(UUID id) {
        access.requireReadsTrustOf(id);
        return service().read(api -> api.memberships(id));
    }

    @Override
    @Authenticated
    public Page<TrustRecordView> trail(UUID id, String cursor, int limit) {
        access.requireReadsTrustOf(id);
        return service().read(api -> api.trail(id, cursor, limit));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_ADMIN, Roles.PLATFORM_ADMIN})
    public Response addContact(UUID id, ContactInput contact) {
        access.requireAdministers(id);
        return Relay.of(service().write(api -> api.addContact(id, contact)));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_ADMIN, Roles.PLATFORM_ADMIN})
    public ContactView updateContact(UUID id, UUID contactId, ContactInput contact) {
        access.requireAdministers(id);
        return service().write(api -> api.updateContact(id, contactId, contact));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_ADMIN, Roles.PLATFORM_ADMIN})
    public void removeContact(UUID id, UUID contactId) {
        access.requireAdministers(id);
        service().write(api -> {
            api.removeContact(id, contactId);
            return null;
        });
    }
}
