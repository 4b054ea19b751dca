package eu.twinninghub.needsoffers.posting;

import eu.twinninghub.api.posting.StatusChange;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/** One line of a posting's public history: who moved it, when, and why. */
@MappedSuperclass
public abstract class StatusChangeRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    public String changedBy;
    public Instant changedAt;
    public String reason;

    protected void stamp(String by, Instant at, String reason) {
        this.id = UUID.randomUUID();
        this.changedBy = by;
        this.changedAt = at;
        this.reason = reason;
    }

    protected abstract Enum<?> from();

    protected abstract Enum<?> to();

    public StatusChange view() {
        return new StatusChange(from() == null ? null : from().name(), to().name(), changedBy, changedAt, reason);
    }
}
