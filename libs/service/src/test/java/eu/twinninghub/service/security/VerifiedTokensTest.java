package eu.twinninghub.service.security;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final MovingClock clock = new MovingClock();
    private final VerifiedTokens tokens = new VerifiedTokens(3, clock, new SimpleMeterRegistry());

    @Test
    void aTokenFindsItsIdentityUntilTheTokenExpires() {
        SecurityIdentity identity = bearer("token-a", NOW.plusSeconds(300));
        tokens.remember(identity);

        assertSame(identity, tokens.find("token-a"));
        clock.now = NOW.plusSeconds(299);
        assertSame(identity, tokens.find("token-a"));
        clock.now = NOW.plusSeconds(300);
        assertNull(tokens.find("token-a"), "the token has expired: OIDC must refuse it");
    }

    @Test
    void onlyTheExactTokenFindsIt() {
        tokens.remember(bearer("token-a", NOW.plusSeconds(300)));

        assertNull(tokens.find("token-a "));
        assertNull(tokens.find("token-b"));
    }

    @Test
    void theWebSignInIsNotKept() {
        SecurityIdentity signedIn = QuarkusSecurityIdentity.builder(bearer("token-a", NOW.plusSeconds(300)))
                .addCredential(new IdTokenCredential("id-token")).build();
        tokens.remember(signedIn);

        assertNull(tokens.find("token-a"));
    }

    @Test
    void aFullMemoryDropsExpiredTokensFirstAndNeverGrowsPastItsSize() {
        tokens.remember(bearer("soon", NOW.plusSeconds(10)));
        tokens.remember(bearer("b", NOW.plusSeconds(300)));
        tokens.remember(bearer("c", NOW.plusSeconds(300)));
        clock.now = NOW.plusSeconds(20);

        SecurityIdentity d = bearer("d", NOW.plusSeconds(300));
        tokens.remember(d);
        assertSame(d, tokens.find("d"));
        assertSame("b", tokens.find("b").getCredential(AccessTokenCredential.class).getToken(),
                "a live token stays while an expired one makes room");

        SecurityIdentity e = bearer("e", NOW.plusSeconds(300));
        tokens.remember(e);
        assertSame(e, tokens.find("e"));
        assertNull(tokens.find("b"), "full of live tokens: it starts over rather than grow");
    }

    private static SecurityIdentity bearer(String token, Instant expires) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new JsonWebToken() {
                    @Override
                    public String getName() {
                        return "vinnytsia-admin";
                    }

                    @Override
                    public Set<String> getClaimNames() {
                        return Set.of("exp");
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T getClaim(String claimName) {
                        return "exp".equals(claimName) ? (T) Long.valueOf(expires.getEpochSecond()) : null;
                    }
                })
                .addCredential(new AccessTokenCredential(token))
                .build();
    }

    private static final class MovingClock extends Clock {

        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
