package eu.twinninghub.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LaneTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void atMostConcurrencyInFlight() {
        Lane lane = new Lane(2, 5, Duration.ofSeconds(30));
        assertTrue(lane.take(T0));
        assertTrue(lane.take(T0));
        assertFalse(lane.take(T0), "a third while two are in flight");
        lane.succeeded();
        assertTrue(lane.take(T0));
    }

    @Test
    void failuresInARowOpenTheBreakerThenOneDeliveryProbes() {
        Lane lane = new Lane(4, 3, Duration.ofSeconds(30));
        for (int i = 0; i < 3; i++) {
            assertTrue(lane.take(T0));
            lane.failed(T0);
        }
        assertTrue(lane.open(T0.plusSeconds(29)));
        assertFalse(lane.canTake(T0.plusSeconds(29)), "open: nothing is tried");
        assertTrue(lane.take(T0.plusSeconds(30)), "after open-for, one probe");
        assertFalse(lane.canTake(T0.plusSeconds(30)), "only one probe at a time");
        lane.failed(T0.plusSeconds(31));
        assertFalse(lane.canTake(T0.plusSeconds(60)), "a failed probe opens it again");
        assertTrue(lane.take(T0.plusSeconds(61)));
        lane.succeeded();
        assertTrue(lane.idle());
        assertTrue(lane.take(T0.plusSeconds(61)) && lane.take(T0.plusSeconds(61)), "closed: full concurrency");
    }

    @Test
    void aSuccessResetsTheCount() {
        Lane lane = new Lane(4, 3, Duration.ofSeconds(30));
        for (int i = 0; i < 2; i++) {
            lane.take(T0);
            lane.failed(T0);
        }
        lane.take(T0);
        lane.succeeded();
        lane.take(T0);
        lane.failed(T0);
        assertFalse(lane.open(T0), "two, a success, then one: not three in a row");
    }
}
