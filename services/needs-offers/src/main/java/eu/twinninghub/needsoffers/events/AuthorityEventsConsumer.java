package eu.twinninghub.needsoffers.events;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.authority.AuthorityProfile;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.authority.AuthoritySuspended;
import eu.twinninghub.events.authority.AuthorityUpdated;
import eu.twinninghub.events.authority.AuthorityVerified;
import eu.twinninghub.messaging.inbox.InboundEvents;
import eu.twinninghub.messaging.inbox.WaitsForTheDatabase;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps {@link KnownAuthority} up to date; a repeated event is skipped by the guard. */
@ApplicationScoped
public class AuthorityEventsConsumer {

    @Inject
    InboundEvents inbound;

    @Incoming("authorities")
    @Blocking
    @WaitsForTheDatabase
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        inbound.firstDelivery(record).ifPresent(this::apply);
    }

    void apply(Event<?> event) {
        switch (event.data()) {
            case AuthorityRegistered registered -> upsert(registered.authorityId(), registered.profile(), 0);
            case AuthorityUpdated updated -> upsert(updated.authorityId(), updated.profile(), updated.version());
            case AuthorityVerified verified -> verification(verified.authorityId(), KnownAuthority.VERIFIED);
            case AuthoritySuspended suspended -> verification(suspended.authorityId(), "SUSPENDED");
            default -> {
            }
        }
    }

    private static void upsert(UUID id, AuthorityProfile profile, long version) {
        KnownAuthority authority = KnownAuthority.findById(id);
        if (authority == null) {
            authority = new KnownAuthority();
            authority.id = id;
            authority.verification = profile.verification();
        } else if (version < authority.version) {
            return;
        }
        authority.kind = profile.kind();
        authority.country = profile.country();
        authority.nameLatin = profile.nameLatin();
        authority.parentId = profile.parentId();
        authority.networkIds = new ArrayList<>(profile.networkIds());
        authority.verification = profile.verification();
        authority.version = version;
        authority.persist();
    }

    private static void verification(UUID id, String status) {
        KnownAuthority authority = KnownAuthority.findById(id);
        if (authority != null) {
            authority.verification = status;
        }
    }
}
