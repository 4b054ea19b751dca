package eu.twinninghub.gateway.api;

import eu.twinninghub.api.paging.Page;
import eu.twinninghub.api.partnership.CoordinatorChoice;
import eu.twinninghub.api.partnership.ImportReport;
import eu.twinninghub.api.partnership.MemberDeparture;
import eu.twinninghub.api.partnership.MemberInvitation;
import eu.twinninghub.api.partnership.MilestoneInput;
import eu.twinninghub.api.partnership.PartnershipApi;
import eu.twinninghub.api.partnership.PartnershipImport;
import eu.twinninghub.api.partnership.PartnershipParty;
import eu.twinninghub.api.partnership.PartnershipPlan;
import eu.twinninghub.api.partnership.PartnershipStatusRequest;
import eu.twinninghub.api.partnership.PartnershipView;
import eu.twinninghub.api.partnership.ProgressInput;
import eu.twinninghub.gateway.downstream.Downstream;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.downstream.Relay;
import eu.twinninghub.gateway.security.Access;
import eu.twinninghub.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

public class PartnershipGateway implements PartnershipApi {

    private final Downstreams downstreams;
    private final Access access;

    public PartnershipGateway(Downstreams downstreams, Access access) {
        this.downstreams = downstreams;
        this.access = access;
    }

    private Downstream<PartnershipApi> service() {
        return downstreams.partnerships();
    }

    @Override
    public Page<PartnershipView> list(UUID authority, String status, String cursor, int limit) {
        return service().read(api -> api.list(authority, status, cursor, limit));
    }

    @Override
    public PartnershipView get(UUID id) {
        return service().read(api -> api.get(id));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public PartnershipView plan(UUID id, PartnershipPlan plan) {
        requireParty(id);
        return service().write(api -> api.plan(id, plan));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public PartnershipView changeStatus(UUID id, PartnershipStatusRequest request) {
        requireParty(id);
        return service().write(api -> api.changeStatus(id, request));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public PartnershipView addUpdate(UUID id, ProgressInput update) {
        requireParty(id);
        return service().write(api -> api.addUpdate(id, update));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public PartnershipView recordMilestone(UUID id, MilestoneInput milestone) {
        requireParty(id);
        return service().write(api -> api.recordMilestone(id, milestone));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public PartnershipView invite(UUID id, MemberInvitation invitation) {
        access.requireCoordinates(coordinator(get(id), invitation.team()), "the " + invitation.team()
                + " team of partnership " + id);
        return service().write(api -> api.invite(id, invitation));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public PartnershipView consent(UUID id, UUID authorityId) {
        access.requireMemberOfOne(List.of(authorityId), "authority " + authorityId);
        return service().write(api -> api.consent(id, authorityId));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public PartnershipView depart(UUID id, UUID authorityId, MemberDeparture departure) {
        PartnershipView partnership = get(id);
        Optional<UUID> coordinator = Stream.concat(partnership.parties().stream(), partnership.invited().stream())
                .filter(p -> p.authorityId().equals(authorityId)).findFirst()
                .flatMap(p -> coordinator(partnership, p.team()));
        access.requireEndsPlace(authorityId, coordinator);
        return service().write(api -> api.depart(id, authorityId, departure));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public PartnershipView handOver(UUID id, String team, CoordinatorChoice choice) {
        access.requireCoordinates(coordinator(get(id), team), "the " + team + " team of partnership " + id);
        return service().write(api -> api.handOver(id, team, choice));
    }

    @Override
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PARTNER_NETWORK})
    public ImportReport importList(PartnershipImport list, boolean dryRun, boolean partial) {
        return downstreams.partnershipImports().write(api -> api.importList(list, dryRun, partial));
    }

    @Override
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PARTNER_NETWORK})
    public ImportReport importCsv(byte[] file, String source, String licence, String retrieved, boolean dryRun,
                                  boolean partial) {
        return downstreams.partnershipImports().write(api -> api.importCsv(file, source, licence, retrieved, dryRun,
                partial));
    }

    @Override
    public Response exportJson() {
        return Relay.of(service().read(PartnershipApi::exportJson));
    }

    @Override
    public Response exportCsv() {
        return Relay.of(service().read(PartnershipApi::exportCsv));
    }

    private static Optional<UUID> coordinator(PartnershipView partnership, String team) {
        return partnership.parties().stream().filter(p -> p.coordinator() && p.team().equals(team))
                .map(PartnershipParty::authorityId).findFirst();
    }

    private void requireParty(UUID id) {
        access.requireMemberOfOne(get(id).parties().stream().map(PartnershipParty::authorityId).toList(),
                "partnership " + id);
    }
}
