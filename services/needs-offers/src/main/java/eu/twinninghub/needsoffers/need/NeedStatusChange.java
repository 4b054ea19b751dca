package eu.twinninghub.needsoffers.need;

import eu.twinninghub.api.need.NeedStatus;
import eu.twinninghub.needsoffers.posting.StatusChangeRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

@Entity
public class NeedStatusChange extends StatusChangeRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "need_id")
    public Need need;

    @Enumerated(EnumType.STRING)
    public NeedStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public NeedStatus toStatus;

    static NeedStatusChange of(Need need, NeedStatus from, NeedStatus to, String by, Instant at, String reason) {
        NeedStatusChange change = new NeedStatusChange();
        change.stamp(by, at, reason);
        change.need = need;
        change.fromStatus = from;
        change.toStatus = to;
        return change;
    }

    @Override
    protected NeedStatus from() {
        return fromStatus;
    }

    @Override
    protected NeedStatus to() {
        return toStatus;
    }
}
