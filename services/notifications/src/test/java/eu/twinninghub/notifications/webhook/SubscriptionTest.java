package eu.twinninghub.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final String FIRST = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SECOND = "whsec_2Q7kqCkDKGKm3W0Vu6ecTyzKzYp2b6kM";
    private static final String THIRD = "whsec_9d5a7HQMxBLZbYtaj1GvbpVTWSmeNKEz";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final String BODY = "{\"type\":\"eu.twinninghub.partnership.established.v1\"}";

    /** The library checks the timestamp against its own clock, so messages are stamped with the real time. */
    private static final long STAMP = Instant.now().getEpochSecond();

    private static void verify(String secret, String signature) throws Exception {
        new Webhook(secret).verify(BODY, Map.of("webhook-id", List.of("msg_1"),
                "webhook-timestamp", List.of(Long.toString(STAMP)), "webhook-signature", List.of(signature)));
    }

    private static String sign(Subscription subscription, Instant at) {
        return subscription.signature("msg_1", STAMP, BODY, at);
    }

    @Test
    void duringTheOverlapBothSecretsSignAndAfterItOnlyTheNew() throws Exception {
        Subscription subscription = new Subscription();
        subscription.secret = FIRST;
        assertNull(subscription.retiring(NOW));
        subscription.rotate(SECOND, NOW.plusSeconds(3600));
        assertEquals(NOW.plusSeconds(3600), subscription.retiring(NOW));

        String during = sign(subscription, NOW);
        assertDoesNotThrow(() -> verify(SECOND, during));
        assertDoesNotThrow(() -> verify(FIRST, during));

        String after = sign(subscription, NOW.plusSeconds(3600));
        assertDoesNotThrow(() -> verify(SECOND, after));
        assertThrows(WebhookVerificationException.class, () -> verify(FIRST, after));
        assertNull(subscription.retiring(NOW.plusSeconds(3600)));
    }

    @Test
    void aSecondRotationRetiresTheOldestAtOnce() {
        Subscription subscription = new Subscription();
        subscription.secret = FIRST;
        subscription.rotate(SECOND, NOW.plusSeconds(3600));
        subscription.rotate(THIRD, NOW.plusSeconds(3700));
        String signature = sign(subscription, NOW);
        assertDoesNotThrow(() -> verify(THIRD, signature));
        assertDoesNotThrow(() -> verify(SECOND, signature));
        assertThrows(WebhookVerificationException.class, () -> verify(FIRST, signature));
    }
}
