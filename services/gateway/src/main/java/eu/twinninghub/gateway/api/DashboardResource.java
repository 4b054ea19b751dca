package eu.twinninghub.gateway.api;

import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.match.MatchView;
import eu.twinninghub.api.me.Dashboard;
import eu.twinninghub.api.me.DashboardApi;
import eu.twinninghub.api.need.NeedApi;
import eu.twinninghub.api.need.NeedQuery;
import eu.twinninghub.api.need.NeedView;
import eu.twinninghub.api.offer.OfferApi;
import eu.twinninghub.api.offer.OfferQuery;
import eu.twinninghub.api.offer.OfferView;
import eu.twinninghub.api.partnership.PartnershipView;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.service.security.Caller;
import io.quarkus.security.Authenticated;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Calls every service at once (the slowest one sets the time, not their sum). A service that fails
 * leaves its part empty and named, so that the page still shows what the others know.
 */
@Authenticated
public class DashboardResource implements DashboardApi {

    private static final Logger LOG = Logger.getLogger(DashboardResource.class);
    private static final int ITEMS = 20;

    private final Downstreams downstreams;
    private final Caller caller;
    private final ManagedExecutor executor;

    public DashboardResource(Downstreams downstreams, Caller caller, ManagedExecutor executor) {
        this.downstreams = downstreams;
        this.caller = caller;
        this.executor = executor;
    }

    @Override
    public Dashboard dashboard() {
        UUID mine = caller.authorityId().orElse(null);
        List<String> unavailable = new ArrayList<>();
        if (mine == null) {
            return new Dashboard(null, List.of(), List.of(), List.of(), List.of(), 0, unavailable);
        }
        var authority = part(() -> downstreams.authorities().read(api -> api.get(mine)));
        var needs = part(() -> downstreams.needs()
                .read(api -> api.list(NeedQuery.all().withAuthority(mine).limit(ITEMS)), NeedApi.PAGE)
                .items());
        var offers = part(() -> downstreams.offers()
                .read(api -> api.list(OfferQuery.all().withAuthority(mine).limit(ITEMS)), OfferApi.PAGE).items());
        var proposals = part(() -> downstreams.matches()
                .read(api -> api.list(null, null, "PROPOSED", null, 100)).items());
        var partnerships = part(() -> downstreams.partnerships()
                .read(api -> api.list(mine, null, null, ITEMS)).items());
        var unread = part(() -> downstreams.notifications().read(api -> api.unread(null)).unread());

        AuthorityView authorityView = joined("authority", authority, null, unavailable);
        List<NeedView> needList = joined("needs", needs, List.of(), unavailable);
        List<OfferView> offerList = joined("offers", offers, List.of(), unavailable);
        List<MatchView> awaiting = joined("matches", proposals, List.<MatchView>of(), unavailable).stream()
                .filter(match -> awaitsAnswerFrom(match, mine)).toList();
        List<PartnershipView> partnershipList = joined("partnerships", partnerships, List.of(), unavailable);
        long unreadCount = joined("notifications", unread, 0L, unavailable);
        return new Dashboard(authorityView, needList, offerList, awaiting, partnershipList, unreadCount, unavailable);
    }

    private <T> CompletableFuture<T> part(Supplier<T> call) {
        return executor.supplyAsync(call);
    }

    private static <T> T joined(String name, CompletableFuture<T> part, T empty, List<String> unavailable) {
        try {
            return part.join();
        } catch (RuntimeException e) {
            LOG.warnf("dashboard without %s: %s", name, e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            unavailable.add(name);
            return empty;
        }
    }

    /** A held proposal (a side is suspended) asks nobody to answer until it is released. */
    private static boolean awaitsAnswerFrom(MatchView match, UUID authority) {
        return match.heldSince() == null && Stream.concat(Stream.of(match.need()), match.offers().stream())
                .anyMatch(side -> authority.equals(side.authorityId()) && side.acceptedAt() == null);
    }
}
