package eu.twinninghub.authorities.trail;

import eu.twinninghub.api.authority.TrustAction;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.events.authority.AuthorityAudited;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.service.web.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes every change of trust (registration, verification, memberships) as a record that is never
 * changed, in the transaction of the change, with its event: who did what to whom, and why.
 */
@ApplicationScoped
public class TrustTrail {

    private final Outbox outbox;
    private final Clock clock;

    public TrustTrail(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID authority, TrustAction action, String actor, UUID counterpart, String reason) {
        TrustRecord record = TrustRecord.of(authority, action, actor, counterpart, reason, clock.instant());
        record.persist();
        outbox.add(new AuthorityAudited(record.id, authority, action.name(), actor, counterpart, reason));
    }

    /** The trail of {@code authority}, newest first. */
    public Page<TrustRecord> of(UUID authority, String cursor, int limit) {
        Keyset.Query query = Keyset.Query.of("from TrustRecord")
                .filter("authorityId = :authority", "authority", authority)
                .newestFirst("at", "id", cursor, Instant::parse, UUID::fromString);
        List<TrustRecord> rows = TrustRecord.<TrustRecord>find(query.text(), query.params()).range(0, limit).list();
        return Keyset.page(rows, limit, last -> Keyset.cursor(last.at, last.id), record -> record);
    }
}
