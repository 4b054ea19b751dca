package eu.twinninghub.notifications.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * One subscription's way out: at most {@code concurrency} deliveries in flight, and a circuit
 * breaker. After {@code failures} failures in a row the breaker opens and nothing is tried for
 * {@code openFor} (the deliveries wait, their attempts unspent); then a single delivery probes
 * the receiver: success closes the breaker, failure opens it again. Taken by the dispatcher's one
 * polling thread, given back by the sending threads.
 */
final class Lane {

    private final int concurrency;
    private final int failuresToOpen;
    private final Duration openFor;

    private int inFlight;
    private int failuresInARow;
    private Instant openUntil = Instant.MIN;
    private boolean probing;

    Lane(int concurrency, int failuresToOpen, Duration openFor) {
        this.concurrency = concurrency;
        this.failuresToOpen = failuresToOpen;
        this.openFor = openFor;
    }

    /** Whether one more delivery may start now. */
    synchronized boolean canTake(Instant now) {
        if (failuresInARow >= failuresToOpen) {
            return !probing && !now.isBefore(openUntil) && inFlight == 0;
        }
        return inFlight < concurrency;
    }

    /** Starts a delivery; false if {@link #canTake} no longer holds. */
    synchronized boolean take(Instant now) {
        if (!canTake(now)) {
            return false;
        }
        probing = failuresInARow >= failuresToOpen;
        inFlight++;
        return true;
    }

    synchronized void succeeded() {
        inFlight--;
        probing = false;
        failuresInARow = 0;
    }

    synchronized void failed(Instant now) {
        inFlight--;
        probing = false;
        failuresInARow++;
        if (failuresInARow >= failuresToOpen) {
            openUntil = now.plus(openFor);
        }
    }

    synchronized boolean open(Instant now) {
        return failuresInARow >= failuresToOpen && now.isBefore(openUntil);
    }

    synchronized boolean idle() {
        return inFlight == 0 && failuresInARow == 0;
    }
}
