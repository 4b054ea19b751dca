package eu.twinninghub.notifications.digest;

import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.notifications.events.KnownPosting;
import eu.twinninghub.notifications.idempotency.Once;
import eu.twinninghub.notifications.inbox.Announcement;
import eu.twinninghub.notifications.inbox.Inbox;
import eu.twinninghub.notifications.inbox.Notification;
import eu.twinninghub.notifications.inbox.Person;
import eu.twinninghub.notifications.templates.Texts;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Needs published reach the authorities whose open offers are in their sector once a day, in one
 * inbox entry; and people who chose a daily e-mail get one mail of their inbox's new entries. Both
 * are keyed by the day, so a second run on the same day sends nothing twice.
 */
@ApplicationScoped
public class NeedsDigest {

    /** A digest lists this many needs at most; the inbox links to the rest. */
    private static final int LISTED = 20;

    private final Texts texts;
    private final Inbox inbox;
    private final Clock clock;

    public NeedsDigest(Texts texts, Inbox inbox, Clock clock) {
        this.texts = texts;
        this.inbox = inbox;
        this.clock = clock;
    }

    public void collect(NeedPublished published) {
        Set<String> offering = KnownPosting.<KnownPosting>stream("kind = ?1 and open = ?2 and sectors = ?3", "OFFER",
                        true, published.need().sector())
                .map(o -> o.authorityId)
                .filter(a -> !a.equals(published.authorityId().toString()))
                .collect(Collectors.toSet());
        for (String authority : offering) {
            DigestItem item = new DigestItem();
            item.id = authority + "|" + published.needId();
            item.authorityId = authority;
            item.needId = published.needId().toString();
            item.createdAt = clock.instant();
            Once.insert(item::persist);
        }
    }

    @Scheduled(cron = "${twinning.digest.cron:0 0 7 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void daily() {
        String day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        Map<String, List<DigestItem>> byAuthority = new LinkedHashMap<>();
        DigestItem.<DigestItem>stream("sent", false)
                .forEach(i -> byAuthority.computeIfAbsent(i.authorityId, a -> new ArrayList<>()).add(i));
        byAuthority.forEach((authority, items) -> {
            List<KnownPosting> needs = items.stream().map(i -> KnownPosting.<KnownPosting>findById(i.needId))
                    .filter(n -> n != null && n.open).limit(LISTED).toList();
            if (!needs.isEmpty()) {
                inbox.deliver(new Announcement("needs-digest:" + day, authority, "needs.digest",
                        texts.render("needs-digest", lang -> Map.of("count", needs.size(),
                                "needs", needs.stream().map(n -> n.title(lang)).toList())), "/needs"));
            }
            items.forEach(i -> {
                i.sent = true;
                i.update();
            });
        });
        mailDailies(day);
    }

    /** One mail per person who chose a daily e-mail, of the inbox entries since the last one. */
    private void mailDailies(String day) {
        Instant now = clock.instant();
        for (Person person : Person.<Person>list("digest", Person.DAILY)) {
            if (!person.wantsEmail()) {
                continue;
            }
            Instant since = person.digestedUntil != null ? person.digestedUntil : now.minusSeconds(24 * 3600);
            List<Notification> entries = Notification.list("authorityId = ?1 and createdAt > ?2 and createdAt <= ?3",
                    person.authorityId, since, now);
            if (!entries.isEmpty()) {
                var items = entries.stream().map(n -> n.in(person.language)).toList();
                Texts.Rendered mail = texts.render("email-digest", person.language,
                        Map.of("count", items.size(), "items", items));
                inbox.mail("email-digest:" + day, person, mail.title(), mail.body());
            }
            person.digestedUntil = now;
            person.update();
        }
    }
}
