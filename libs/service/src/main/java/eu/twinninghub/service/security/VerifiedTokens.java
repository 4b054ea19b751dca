package eu.twinninghub.service.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identities bearer access tokens were verified into, until each token expires. Checking a
 * Keycloak token — its signature, then its claims parsed four times over — was over a third of
 * the gateway's CPU for a signed-in search, and every service checks the forwarded token again; a
 * person or a partner's integration sends the same token for minutes. An identity is found only
 * with the exact token string it was verified from, and never after the token's own expiry: what a
 * second verification of that string would answer. Every service and the gateway verify bearer
 * tokens with one OIDC tenant (the default); a second bearer tenant would have to become part of
 * the key. Identities from the web pages' sign-in (which carry an ID token) are not kept here.
 */
@ApplicationScoped
public class VerifiedTokens {

    private record Entry(SecurityIdentity identity, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxSize;
    private final Clock clock;
    private final Counter hits;
    private final Counter misses;

    @Inject
    VerifiedTokens(@ConfigProperty(name = "twinning.security.verified-tokens.max-size", defaultValue = "10000")
                   int maxSize, MeterRegistry meters) {
        this(maxSize, Clock.systemUTC(), meters);
    }

    VerifiedTokens(int maxSize, Clock clock, MeterRegistry meters) {
        this.maxSize = maxSize;
        this.clock = clock;
        this.hits = meters.counter("twinning.verified.tokens", "result", "hit");
        this.misses = meters.counter("twinning.verified.tokens", "result", "miss");
    }

    /** The identity {@code token} was verified into, or null if not known or expired. */
    SecurityIdentity find(String token) {
        if (maxSize <= 0) {
            return null;
        }
        Entry entry = entries.get(token);
        if (entry != null && clock.instant().isBefore(entry.expires())) {
            hits.increment();
            return entry.identity();
        }
        if (entry != null) {
            entries.remove(token, entry);
        }
        misses.increment();
        return null;
    }

    /** Keeps {@code identity} if OIDC built it from a bearer access token with an expiry. */
    void remember(SecurityIdentity identity) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (maxSize <= 0 || token == null || identity.getCredential(IdTokenCredential.class) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        String key = token.getToken();
        if (entries.containsKey(key)) {
            return;
        }
        if (entries.size() >= maxSize) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !now.isBefore(entry.expires()));
            if (entries.size() >= maxSize) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(identity, Instant.ofEpochSecond(jwt.getExpirationTime())));
    }
}
