package eu.twinninghub.notifications.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/**
 * How this service stays idempotent without transactions (the MongoDB it runs on in tests has none):
 * every effect of an event (inbox entry, mail, webhook delivery, digest item) is a document with a
 * unique key derived from the event, so a redelivered event meets the key and changes nothing.
 * The PostgreSQL services remember processed event ids in the same transaction as the change
 * instead (libs/messaging); here no such transaction exists.
 */
public final class Once {

    private Once() {
    }

    /** Runs an insert; false if a unique index says it was done before. */
    public static boolean insert(Runnable insert) {
        try {
            insert.run();
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
