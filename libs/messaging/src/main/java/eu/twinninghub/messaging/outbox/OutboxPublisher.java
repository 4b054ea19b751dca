package eu.twinninghub.messaging.outbox;

import java.util.concurrent.CompletableFuture;

/**
 * Puts one outbox row on the broker. The future completes when the broker has it (or fails); an
 * exception thrown directly means the relay itself cannot go on, and the whole batch is retried.
 */
public interface OutboxPublisher {

    CompletableFuture<Void> publish(OutboxEvent event);
}
