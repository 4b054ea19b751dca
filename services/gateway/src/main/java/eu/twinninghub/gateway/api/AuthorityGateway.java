package eu.twinninghub.gateway.api;

import eu.twinninghub.api.authority.AuthorityApi;
import eu.twinninghub.api.authority.AuthorityQuery;
import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.authority.ContactInput;
import eu.twinninghub.api.authority.ContactView;
import eu.twinninghub.api.authority.RegisterAuthority;
import eu.twinninghub.api.authority.UpdateAuthority;
import eu.twinninghub.api.authority.VerificationRequest;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.gateway.downstream.Downstream;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.downstream.Relay;
import eu.twinninghub.gateway.security.Access;
import eu.twinninghub.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

public class AuthorityGateway implements AuthorityApi {

    private final Downstreams downstreams;
    private final Access access;

    public AuthorityGateway(Downstreams downstreams, Access access) {
        this.downstreams = downstreams;
        this.access = access;
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
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PARTNER_NETWORK})
    public AuthorityView joinNetwork(UUID id, UUID networkId) {
        access.requireIsNetwork(networkId);
        return service().write(api -> api.joinNetwork(id, networkId));
    }

    @Override
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PARTNER_NETWORK})
    public AuthorityView leaveNetwork(UUID id, UUID networkId) {
        access.requireIsNetwork(networkId);
        return service().write(api -> api.leaveNetwork(id, networkId));
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
