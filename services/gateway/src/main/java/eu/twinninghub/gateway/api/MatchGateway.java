package eu.twinninghub.gateway.api;

import eu.twinninghub.api.match.AllocationSummary;
import eu.twinninghub.api.match.Candidate;
import eu.twinninghub.api.match.DeclineRequest;
import eu.twinninghub.api.match.MatchApi;
import eu.twinninghub.api.match.MatchSide;
import eu.twinninghub.api.match.MatchView;
import eu.twinninghub.api.match.RegionalCluster;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.gateway.downstream.Downstream;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.security.Access;
import eu.twinninghub.service.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

public class MatchGateway implements MatchApi {

    private final Downstreams downstreams;
    private final Access access;

    public MatchGateway(Downstreams downstreams, Access access) {
        this.downstreams = downstreams;
        this.access = access;
    }

    private Downstream<MatchApi> service() {
        return downstreams.matches();
    }

    @Override
    @Authenticated
    public Page<MatchView> list(UUID need, UUID offer, String status, String cursor, int limit) {
        return service().read(api -> api.list(need, offer, status, cursor, limit));
    }

    @Override
    @Authenticated
    public MatchView get(UUID id) {
        return service().read(api -> api.get(id));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public MatchView accept(UUID id) {
        access.requireMemberOfOne(sides(get(id)), "match " + id);
        return service().write(api -> api.accept(id));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public MatchView decline(UUID id, DeclineRequest request) {
        access.requireMemberOfOne(sides(get(id)), "match " + id);
        return service().write(api -> api.decline(id, request));
    }

    @Override
    public List<Candidate> offersForNeed(UUID need, int limit) {
        return service().read(api -> api.offersForNeed(need, limit));
    }

    @Override
    public List<Candidate> needsForOffer(UUID offer, int limit) {
        return service().read(api -> api.needsForOffer(offer, limit));
    }

    @Override
    public RegionalCluster regionalCluster(UUID offer, int size) {
        return service().read(api -> api.regionalCluster(offer, size));
    }

    @Override
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public AllocationSummary allocate() {
        return service().write(MatchApi::allocate);
    }

    private static List<UUID> sides(MatchView match) {
        return Stream.concat(Stream.of(match.need()), match.offers().stream()).map(MatchSide::authorityId).toList();
    }
}
