package eu.twinninghub.notifications.inbox;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import eu.twinninghub.notifications.mail.QueuedMail;
import eu.twinninghub.notifications.webhook.Delivery;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The unique indexes idempotency rests on (MongoDB without transactions: a second insert of the
 * same key fails, and that is the guard), and the indexes the inbox reads by.
 */
@Startup
@ApplicationScoped
public class IndexSetup {

    @PostConstruct
    void create() {
        Notification.mongoCollection().createIndex(Indexes.ascending("eventId", "authorityId"),
                new IndexOptions().unique(true));
        Notification.mongoCollection().createIndex(Indexes.descending("authorityId", "createdAt"));
        Delivery.mongoCollection().createIndex(Indexes.ascending("eventId", "webhookId"),
                new IndexOptions().unique(true));
        Delivery.mongoCollection().createIndex(Indexes.ascending("status", "nextAttemptAt"));
        QueuedMail.mongoCollection().createIndex(Indexes.ascending("status", "nextAttemptAt"));
    }
}
