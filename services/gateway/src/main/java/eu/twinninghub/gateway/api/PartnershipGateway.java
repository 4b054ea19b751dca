package eu.twinninghub.gateway.api;

import eu.twinninghub.api.paging.Page;
import eu.twinninghub.api.partnership.ImportReport;
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
import java.util.UUID;

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

    private void requireParty(UUID id) {
        access.requireMemberOfOne(get(id).parties().stream().map(PartnershipParty::authorityId).toList(),
                "partnership " + id);
    }
}
