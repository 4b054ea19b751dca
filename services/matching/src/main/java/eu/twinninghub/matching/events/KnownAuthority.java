package eu.twinninghub.matching.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An authority as matching knows it from its events: size, place, networks, official code. */
@Entity
public class KnownAuthority extends PanacheEntityBase {

    public static final String VERIFIED = "VERIFIED";

    @Id
    public UUID id;

    public String kind;
    public String country;
    public String officialCode;
    public String nameLatin;
    public UUID parentId;
    public String settlementType;
    public Long population;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> networkIds = new ArrayList<>();

    public String verification;
    public long version;

    public boolean isVerified() {
        return VERIFIED.equals(verification);
    }

    /** The oblast of a hromada (its parent), where geography and regional clusters look. */
    public UUID oblast() {
        return "HROMADA".equals(kind) ? parentId : null;
    }

    public boolean isVillage() {
        return "village".equalsIgnoreCase(settlementType);
    }

    public boolean isRegion() {
        return "REGION".equals(kind);
    }
}
