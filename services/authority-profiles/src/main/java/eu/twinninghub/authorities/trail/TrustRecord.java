package eu.twinninghub.authorities.trail;

import eu.twinninghub.api.authority.TrustAction;
import eu.twinninghub.api.authority.TrustRecordView;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of an authority's trust trail. The table refuses updates and deletes (a trigger). */
@Entity
@Immutable
@Table(name = "trust_record")
public class TrustRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID authorityId;

    @Enumerated(EnumType.STRING)
    public TrustAction action;

    public String actor;
    public UUID counterpart;
    public String reason;
    public Instant at;

    static TrustRecord of(UUID authority, TrustAction action, String actor, UUID counterpart, String reason,
                          Instant at) {
        TrustRecord record = new TrustRecord();
        record.id = UUID.randomUUID();
        record.authorityId = authority;
        record.action = action;
        record.actor = actor;
        record.counterpart = counterpart;
        record.reason = reason;
        record.at = at;
        return record;
    }

    public TrustRecordView view() {
        return new TrustRecordView(id, authorityId, action, actor, counterpart, reason, at);
    }
}
