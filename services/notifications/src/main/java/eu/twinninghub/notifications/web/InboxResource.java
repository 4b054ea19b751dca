package eu.twinninghub.notifications.web;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import eu.twinninghub.api.notification.NotificationApi;
import eu.twinninghub.api.notification.NotificationView;
import eu.twinninghub.api.notification.Preferences;
import eu.twinninghub.api.notification.UnreadCount;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.notifications.events.KnownAuthority;
import eu.twinninghub.notifications.inbox.Notification;
import eu.twinninghub.notifications.inbox.Person;
import eu.twinninghub.notifications.templates.Texts;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.web.Keyset;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** An inbox is its authority's: only its people (or a platform admin) read or mark it. */
@Authenticated
public class InboxResource implements NotificationApi {

    private final Caller caller;
    private final SecurityIdentity identity;

    public InboxResource(Caller caller, SecurityIdentity identity) {
        this.caller = caller;
        this.identity = identity;
    }

    @Override
    public Page<NotificationView> list(UUID authority, boolean unreadOnly, String lang, String cursor, int limit) {
        String inbox = inboxOf(authority);
        String language = language(lang, inbox);
        StringBuilder query = new StringBuilder("authorityId = :authority");
        Parameters params = Parameters.with("authority", inbox);
        if (unreadOnly) {
            query.append(" and read = :read");
            params = params.and("read", false);
        }
        Keyset.After<Instant, String> after = Keyset.after(cursor, Instant::parse, id -> id);
        if (after != null) {
            query.append(" and ").append(Keyset.afterDescending("createdAt", "_id"));
            params = params.and("afterKey", after.key()).and("afterId", after.id());
        }
        List<Notification> rows = Notification.<Notification>find(query.toString(),
                Sort.descending("createdAt").and("_id", Sort.Direction.Ascending), params).page(0, limit + 1).list();
        return Keyset.page(rows, limit, last -> Keyset.cursor(last.createdAt, last.id), n -> view(n, language));
    }

    @Override
    public UnreadCount unread(UUID authority) {
        return new UnreadCount(Notification.count("authorityId = ?1 and read = ?2", inboxOf(authority), false));
    }

    @Override
    public NotificationView markRead(String id) {
        Notification notification = Notification.findById(id);
        if (notification == null || !mayRead(notification.authorityId)) {
            throw ProblemException.notFound("notification", id);
        }
        notification.read = true;
        notification.update();
        return view(notification, language(null, notification.authorityId));
    }

    @Override
    public UnreadCount markAllRead(UUID authority) {
        String inbox = inboxOf(authority);
        Notification.mongoCollection().updateMany(Filters.and(Filters.eq("authorityId", inbox),
                Filters.eq("read", false)), Updates.set("read", true));
        return new UnreadCount(0);
    }

    @Override
    public Preferences preferences() {
        Person person = Person.findById(caller.id());
        if (person == null) {
            String authority = caller.authorityId().map(UUID::toString).orElse(null);
            return new Preferences(language(null, authority), List.of(Person.INBOX), Person.IMMEDIATE, tokenEmail());
        }
        return new Preferences(person.language, List.copyOf(person.channels), person.digest, person.email);
    }

    @Override
    public Preferences setPreferences(Preferences preferences) {
        if (preferences.channels().contains(Person.EMAIL) && preferences.email() == null && tokenEmail() == null) {
            throw ProblemException.invalid("email", "is needed for the EMAIL channel: your sign-in has none");
        }
        Person person = Person.findById(caller.id());
        if (person == null) {
            person = new Person();
            person.id = caller.id();
        }
        person.authorityId = caller.authorityId().map(UUID::toString).orElse(null);
        person.language = preferences.language();
        person.channels = new ArrayList<>(preferences.channels().stream().distinct().toList());
        person.digest = preferences.digest();
        person.email = preferences.email() != null ? preferences.email() : tokenEmail();
        person.persistOrUpdate();
        return new Preferences(person.language, List.copyOf(person.channels), person.digest, person.email);
    }

    /** The inbox the caller asks for: its own authority's, or for a platform admin any named one. */
    private String inboxOf(UUID authority) {
        if (authority != null) {
            if (!mayRead(authority.toString())) {
                throw ProblemException.forbidden("this inbox is authority " + authority + "'s");
            }
            return authority.toString();
        }
        return caller.authorityId().map(UUID::toString).orElseThrow(() ->
                ProblemException.invalid("authority", "is required: your sign-in belongs to no authority"));
    }

    private boolean mayRead(String authority) {
        return AccessPolicy.readsInboxOf(caller.who(), UUID.fromString(authority));
    }

    /**
     * The language asked for, else the person's preference, else the one they chose in Keycloak (a
     * newcomer who signed up in Ukrainian has no preference yet), else the authority's.
     */
    private String language(String asked, String authority) {
        if (asked != null) {
            return asked;
        }
        Person person = Person.findById(caller.id());
        if (person != null && person.language != null) {
            return person.language;
        }
        return caller.language().orElseGet(() -> {
            KnownAuthority known = authority == null ? null : KnownAuthority.findById(authority);
            return known == null ? "en" : known.language();
        });
    }

    private String tokenEmail() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("email") : null;
    }

    private static NotificationView view(Notification n, String language) {
        Texts.Rendered text = n.in(language);
        return new NotificationView(n.id, n.type, text.title(), text.body(), n.link, n.createdAt, n.read);
    }
}
