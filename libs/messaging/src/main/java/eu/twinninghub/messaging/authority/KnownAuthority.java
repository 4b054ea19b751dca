package eu.twinninghub.messaging.authority;

import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.authority.Verification;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An authority as a service knows it from authority-profiles' events (table {@code known_authority}
 * of the service's own database, kept by {@link KnownAuthorities}); never written by requests. One
 * read model for every service on PostgreSQL that needs to know who an authority is.
 */
@Entity
public class KnownAuthority extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public AuthorityKind kind;

    public String country;
    public String officialCode;
    public String nameLatin;
    /** In the authority's own language and script: a Ukrainian reader knows a hromada by it. */
    public String nameOfficial;
    public UUID parentId;
    /** A hromada's rayon, by the register's name for it: lists narrow below the oblast by it. */
    public String rayon;
    public String settlementType;
    public Long population;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> networkIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Verification verification;

    /** The authority's own version, so that an older update arriving late changes nothing. */
    public long version;

    public boolean isVerified() {
        return verification == Verification.VERIFIED;
    }

    public boolean isUkrainian() {
        return "UA".equals(country);
    }

    /** The oblast of a hromada (its parent), where geography and regional clusters look. */
    public UUID oblast() {
        return kind == AuthorityKind.HROMADA ? parentId : null;
    }

    public boolean isVillage() {
        return "village".equalsIgnoreCase(settlementType);
    }

    public boolean isRegion() {
        return kind == AuthorityKind.REGION;
    }
}
