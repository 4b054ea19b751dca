package eu.twinninghub.messaging.inbox;

import eu.twinninghub.events.UnreadableEventException;
import eu.twinninghub.messaging.config.InboxConfig;
import eu.twinninghub.service.time.Backoff;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;

/**
 * Tells an event that cannot be applied from a database that cannot be reached. A consumer whose
 * transaction fails because PostgreSQL is restarting or failing over must not send the event to the
 * dead-letter topic: it waits for the database and applies the event then, holding back the events
 * behind it. An event that fails while the database answers fails for a reason of its own and is
 * dead-lettered as before.
 *
 * <p>The wait is bounded ({@code twinning.inbox.outage-patience}, 40 s): the Kafka connector closes
 * a consumer that holds a record unacknowledged for 60 s (a stuck consumer, as far as it can tell),
 * and the last attempt may overrun the patience by a connection timeout, a probe and a pause (about
 * 15 s). A database out for longer than a fail-over is an incident that the dead-letter alert reports.
 */
@ApplicationScoped
public class DatabaseOutages {

    private static final Logger LOG = Logger.getLogger(DatabaseOutages.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final AgroalDataSource database;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final InboxConfig config;

    private Counter waits;

    public DatabaseOutages(AgroalDataSource database, Clock clock, MeterRegistry metrics, InboxConfig config) {
        this.database = database;
        this.clock = clock;
        this.metrics = metrics;
        this.config = config;
    }

    @PostConstruct
    void meters() {
        waits = Counter.builder("twinning.inbox.database.waits")
                .description("Times a consumer waited for its database instead of dead-lettering an event")
                .register(metrics);
    }

    /**
     * Runs {@code attempt} (which applies events in a transaction of its own) until it succeeds:
     * again, after a pause, while the database does not answer, within the patience; and once more
     * when it answers (the failure may have been the outage's last moment). An attempt that fails
     * twice in a row while the database answers throws its failure, as does an unreadable event;
     * one that still fails when the patience is over throws {@link DatabaseUnavailableException}.
     */
    public <T> T call(String consumer, Callable<T> attempt) throws Exception {
        Duration patience = config.outagePatience();
        Instant giveUpAt = clock.instant().plus(patience);
        int pauses = 0;
        boolean failedWhileAnswering = false;
        while (true) {
            try {
                return attempt.call();
            } catch (UnreadableEventException unreadable) {
                throw unreadable;
            } catch (RuntimeException failure) {
                if (answers()) {
                    if (failedWhileAnswering) {
                        throw failure;
                    }
                    failedWhileAnswering = true;
                    continue;
                }
                if (!clock.instant().isBefore(giveUpAt)) {
                    throw new DatabaseUnavailableException(consumer, patience, failure);
                }
                Duration pause = Backoff.after(++pauses, FIRST_PAUSE, LONGEST_PAUSE);
                LOG.warnf("%s: the database does not answer (%s); applying the event again in %d ms",
                        consumer, failure.getMessage(), pause.toMillis());
                waits.increment();
                failedWhileAnswering = false;
                Thread.sleep(pause.toMillis());
            }
        }
    }

    /** {@link #call(String, Callable)} for an attempt that answers nothing. */
    public void run(String consumer, Runnable attempt) {
        try {
            call(consumer, () -> {
                attempt.run();
                return null;
            });
        } catch (RuntimeException failure) {
            throw failure;
        } catch (Exception interrupted) {
            // A Runnable throws no checked exception: only the pause can, when the service stops.
            Thread.currentThread().interrupt();
            throw new IllegalStateException(consumer + ": stopped while waiting for the database", interrupted);
        }
    }

    private boolean answers() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
