package eu.twinninghub.authorities.authority;

import eu.twinninghub.api.authority.Verification;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of an authority's verification history: kept for good, for accountability. */
@Entity
@Table(name = "authority_verification_change")
public class VerificationChangeRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "authority_id")
    public Authority authority;

    @Enumerated(EnumType.STRING)
    public Verification status;

    public String changedBy;
    public Instant changedAt;
    public String reason;

    static VerificationChangeRecord of(Authority authority, Verification status, String by, Instant at, String reason) {
        VerificationChangeRecord change = new VerificationChangeRecord();
        change.id = UUID.randomUUID();
        change.authority = authority;
        change.status = status;
        change.changedBy = by;
        change.changedAt = at;
        change.reason = reason;
        return change;
    }
}
