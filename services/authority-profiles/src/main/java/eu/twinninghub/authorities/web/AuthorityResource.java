package eu.twinninghub.authorities.web;

import eu.twinninghub.api.authority.AuthorityApi;
import eu.twinninghub.api.authority.AuthorityQuery;
import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.authority.ContactInput;
import eu.twinninghub.api.authority.ContactView;
import eu.twinninghub.api.authority.MembershipState;
import eu.twinninghub.api.authority.MembershipView;
import eu.twinninghub.api.authority.RegisterAuthority;
import eu.twinninghub.api.authority.TrustRecordView;
import eu.twinninghub.api.authority.UpdateAuthority;
import eu.twinninghub.api.authority.VerificationRequest;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.authorities.authority.AuthorityRegister;
import eu.twinninghub.authorities.authority.AuthoritySearch;
import eu.twinninghub.authorities.authority.Contact;
import eu.twinninghub.authorities.membership.Membership;
import eu.twinninghub.authorities.membership.Memberships;
import eu.twinninghub.authorities.trail.TrustRecord;
import eu.twinninghub.authorities.trail.TrustTrail;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Every request is one transaction, so that the view is built from what was just written. */
@Transactional
public class AuthorityResource implements AuthorityApi {

    private final AuthorityRegister register;
    private final AuthoritySearch search;
    private final AuthorityViews views;
    private final Caller caller;
    private final Memberships memberships;
    private final TrustTrail trail;

    public AuthorityResource(AuthorityRegister register, AuthoritySearch search, AuthorityViews views, Caller caller,
                             Memberships memberships, TrustTrail trail) {
        this.register = register;
        this.search = search;
        this.views = views;
        this.caller = caller;
        this.memberships = memberships;
        this.trail = trail;
    }

    @Override
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PARTNER_NETWORK})
    public Response register(RegisterAuthority request) {
        AuthorityView created = views.of(register.register(request, caller));
        return Response.created(URI.create("/api/v1/authorities/" + created.id())).entity(created).build();
    }

    @Override
    public AuthorityView get(UUID id) {
        return views.of(Authority.existing(id));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_ADMIN, Roles.PLATFORM_ADMIN})
    public AuthorityView update(UUID id, UpdateAuthority request) {
        return views.of(register.update(id, request, caller));
    }

    @Override
    public Page<AuthorityView> list(AuthorityQuery query) {
        return search.find(query).map(views::of);
    }

    @Override
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PARTNER_NETWORK})
    public AuthorityView changeVerification(UUID id, VerificationRequest request) {
        return views.of(register.changeVerification(id, request, caller));
    }

    @Override
    @Authenticated
    public Response joinNetwork(UUID id, UUID networkId) {
        Memberships.Outcome outcome = memberships.consent(id, networkId, caller);
        return Response.status(outcome.agreed() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(outcome.membership().view()).build();
    }

    @Override
    @Authenticated
    public MembershipView leaveNetwork(UUID id, UUID networkId) {
        return memberships.end(id, networkId, caller).view(MembershipState.ENDED);
    }

    @Override
    @Authenticated
    public List<MembershipView> memberships(UUID id) {
        return memberships.of(id, caller).stream().map(Membership::view).toList();
    }

    @Override
    @Authenticated
    public Page<TrustRecordView> trail(UUID id, String cursor, int limit) {
        caller.require(AccessPolicy.readsTrustOf(caller.who(), id),
                "only the people of authority " + id + " and platform admins read its trust trail");
        return trail.of(id, cursor, limit).map(TrustRecord::view);
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_ADMIN, Roles.PLATFORM_ADMIN})
    public Response addContact(UUID id, ContactInput contact) {
        Contact added = register.addContact(id, contact, caller);
        return Response.created(URI.create("/api/v1/authorities/" + id + "/contacts/" + added.id))
                .entity(views.contact(added)).build();
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_ADMIN, Roles.PLATFORM_ADMIN})
    public ContactView updateContact(UUID id, UUID contactId, ContactInput contact) {
        return views.contact(register.updateContact(id, contactId, contact, caller));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_ADMIN, Roles.PLATFORM_ADMIN})
    public void removeContact(UUID id, UUID contactId) {
        register.removeContact(id, contactId, caller);
    }
}
