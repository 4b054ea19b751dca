package eu.twinninghub.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.twinninghub.gateway.downstream.DownstreamAnswer;
import eu.twinninghub.gateway.downstream.Downstreams;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The partner networks each authority belongs to, for the rule "a network acts for its members".
 * Kept for a short while: memberships change rarely, and the service checks again on every write.
 */
@ApplicationScoped
public class Memberships {

    private final Cache<UUID, Optional<List<UUID>>> networks = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30)).maximumSize(50_000).build();

    private final Downstreams downstreams;

    public Memberships(Downstreams downstreams) {
        this.downstreams = downstreams;
    }

    /** The networks of {@code authority}; empty when the authority is not registered. */
    public Optional<List<UUID>> networksOf(UUID authority) {
        return networks.get(authority, this::load);
    }

    /** Forgets what it knew of {@code authority}, whose memberships just changed through this gateway. */
    public void forget(UUID authority) {
        networks.invalidate(authority);
    }

    private Optional<List<UUID>> load(UUID authority) {
        try {
            return Optional.of(downstreams.authorities().read(api -> api.get(authority)).networkIds());
        } catch (DownstreamAnswer answer) {
            if (answer.status() == 404) {
                return Optional.empty();
            }
            throw answer;
        }
    }
}
