package eu.twinninghub.notifications.inbox;

import eu.twinninghub.notifications.idempotency.Once;
import eu.twinninghub.notifications.mail.MailDispatcher;
import eu.twinninghub.notifications.mail.QueuedMail;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Puts an announcement in an authority's inbox, once, and mails it at once to the people of the
 * authority who asked for immediate e-mail, once each. Without transactions the order matters: the
 * inbox entry first, then per person a record of the mail, then the mail; a crash between the two
 * last loses that one mail rather than sending it twice, and the inbox still has it.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final MailDispatcher mails;
    private final Clock clock;

    public Inbox(MailDispatcher mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    /** Answers false when the authority had this announcement already. */
    public boolean deliver(Announcement announcement) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID().toString();
        notification.eventId = announcement.cause();
        notification.authorityId = announcement.authorityId();
        notification.type = announcement.type();
        notification.write(announcement.texts());
        notification.link = announcement.link();
        notification.createdAt = clock.instant();
        if (!Once.insert(notification::persist)) {
            return false;
        }
        Person.<Person>stream("authorityId = ?1 and digest = ?2", announcement.authorityId(), Person.IMMEDIATE)
                .filter(Person::wantsEmail)
                .forEach(person -> mail(announcement.cause(), person, notification.in(person.language).title(),
                        notification.in(person.language).body()));
        return true;
    }

    /** Queues one mail to a person for {@code cause}, unless one was queued already. */
    public void mail(String cause, Person person, String subject, String body) {
        if (mails.queue(QueuedMail.key(cause, person.id, Person.EMAIL), person.email, subject, body)) {
            LOG.debugf("mail for %s queued for person %s", cause, person.id);
        }
    }
}
