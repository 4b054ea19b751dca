package eu.twinninghub.messaging.inbox;

import java.time.Duration;

/** The database did not answer within the patience of {@link DatabaseOutages}; the events go to the dead-letter topic. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String consumer, Duration patience, RuntimeException lastFailure) {
        super(consumer + ": the database did not answer for " + patience, lastFailure);
    }
}
