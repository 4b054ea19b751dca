package eu.twinninghub.needsoffers.need;

import eu.twinninghub.api.need.NeedStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;

/** One line of a need's public history: who moved it, when, and why. */
@Entity
public class NeedStatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "need_id")
    public Need need;

    @Enumerated(EnumType.STRING)
    public NeedStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public NeedStatus toStatus;

    public String changedBy;
    public Instant changedAt;
    public String reason;

    static NeedStatusChange of(Need need, NeedStatus from, NeedStatus to, String by, Instant at, String reason) {
        NeedStatusChange change = new NeedStatusChange();
        change.id = UUID.randomUUID();
        change.need = need;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedBy = by;
        change.changedAt = at;
        change.reason = reason;
        return change;
    }
}
