package eu.twinninghub.gateway.api;

import eu.twinninghub.api.notification.NotificationApi;
import eu.twinninghub.api.notification.NotificationView;
import eu.twinninghub.api.notification.Preferences;
import eu.twinninghub.api.notification.UnreadCount;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.gateway.downstream.Downstream;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.security.Access;
import io.quarkus.security.Authenticated;
import java.util.UUID;

/** The inbox is private: every operation needs a sign-in, and an inbox is its authority's. */
@Authenticated
public class NotificationGateway implements NotificationApi {

    private final Downstreams downstreams;
    private final Access access;

    public NotificationGateway(Downstreams downstreams, Access access) {
        this.downstreams = downstreams;
        this.access = access;
    }

    private Downstream<NotificationApi> service() {
        return downstreams.notifications();
    }

    @Override
    public Page<NotificationView> list(UUID authority, boolean unreadOnly, String lang, String cursor, int limit) {
        access.requireReadsInboxOf(authority);
        return service().read(api -> api.list(authority, unreadOnly, lang, cursor, limit));
    }

    @Override
    public UnreadCount unread(UUID authority) {
        access.requireReadsInboxOf(authority);
        return service().read(api -> api.unread(authority));
    }

    @Override
    public NotificationView markRead(String id) {
        return service().write(api -> api.markRead(id));
    }

    @Override
    public UnreadCount markAllRead(UUID authority) {
        access.requireReadsInboxOf(authority);
        return service().write(api -> api.markAllRead(authority));
    }

    @Override
    public Preferences preferences() {
        return service().read(NotificationApi::preferences);
    }

    @Override
    public Preferences setPreferences(Preferences preferences) {
        return service().write(api -> api.setPreferences(preferences));
    }
}
