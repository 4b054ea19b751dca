package eu.twinninghub.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** One token bucket per client, forgotten after ten idle minutes. */
@ApplicationScoped
public class ClientBudgets {

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    public ClientBudgets(RateLimitConfig config) {
        this.config = config;
        this.buckets = Caffeine.newBuilder().maximumSize(config.clients())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    public boolean enabled() {
        return config.enabled();
    }

    public long requestsPerSecond() {
        return config.requestsPerSecond();
    }

    public ConsumptionProbe spend(String client) {
        return buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(config.burst())
                        .refillGreedy(config.requestsPerSecond(), Duration.ofSeconds(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
    }
}
