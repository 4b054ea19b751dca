package eu.twinninghub.notifications.mail;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import eu.twinninghub.notifications.config.MailConfig;
import eu.twinninghub.notifications.idempotency.Once;
import eu.twinninghub.service.time.Backoff;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends queued mails. Each is claimed for a while with one atomic update, so that replicas never
 * send the same mail; a failure is retried with backoff, and after {@code max-attempts} the mail is
 * DEAD (logged; the inbox has the notification anyway).
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final Duration CLAIM = Duration.ofSeconds(60);

    private final Mailer mailer;
    private final Clock clock;
    private final MailConfig config;

    public MailDispatcher(Mailer mailer, Clock clock, MailConfig config) {
        this.mailer = mailer;
        this.clock = clock;
        this.config = config;
    }

    /** Queues a mail, unless one for the same cause, person and channel was queued before. */
    public boolean queue(String key, String to, String subject, String body) {
        QueuedMail mail = new QueuedMail();
        mail.key = key;
        mail.to = to;
        mail.subject = subject;
        mail.body = body;
        mail.status = QueuedMail.PENDING;
        mail.queuedAt = clock.instant();
        mail.nextAttemptAt = mail.queuedAt;
        mail.claimedUntil = mail.queuedAt;
        return Once.insert(mail::persist);
    }

    @Scheduled(every = "${twinning.mail.poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        for (Optional<QueuedMail> next = claim(); next.isPresent(); next = claim()) {
            send(next.get());
        }
    }

    private Optional<QueuedMail> claim() {
        Instant now = clock.instant();
        return Optional.ofNullable(QueuedMail.<QueuedMail>mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("status", QueuedMail.PENDING), Filters.lte("nextAttemptAt", now),
                        Filters.lte("claimedUntil", now)),
                Updates.set("claimedUntil", now.plus(CLAIM)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    private void send(QueuedMail mail) {
        mail.attempts++;
        try {
            mailer.send(Mail.withText(mail.to, mail.subject, mail.body));
            mail.status = QueuedMail.SENT;
            mail.sentAt = clock.instant();
            mail.lastError = null;
        } catch (RuntimeException e) {
            mail.lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (mail.attempts >= config.maxAttempts()) {
                mail.status = QueuedMail.DEAD;
                LOG.warnf("mail %s is dead after %d attempts: %s", mail.key, mail.attempts, mail.lastError);
            } else {
                mail.nextAttemptAt = clock.instant()
                        .plus(Backoff.after(mail.attempts, config.firstRetry(), config.longestWait()));
                mail.claimedUntil = mail.nextAttemptAt;
            }
        }
        mail.update();
    }
}
