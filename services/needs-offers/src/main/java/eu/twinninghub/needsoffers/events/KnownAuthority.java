package eu.twinninghub.needsoffers.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An authority as this service learnt it from authority events; never written by requests. */
@Entity
public class KnownAuthority extends PanacheEntityBase {

    public static final String VERIFIED = "VERIFIED";

    @Id
    public UUID id;

    public String kind;
    public String country;
    public String nameLatin;
    public UUID parentId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> networkIds = new ArrayList<>();

    public String verification;
    public long version;

    public boolean isVerified() {
        return VERIFIED.equals(verification);
    }

    public boolean isUkrainian() {
        return "UA".equals(country);
    }

    public boolean belongsTo(UUID network) {
        return networkIds.contains(network);
    }
}
