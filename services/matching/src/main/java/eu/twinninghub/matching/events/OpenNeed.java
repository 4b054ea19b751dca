package eu.twinninghub.matching.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A published need, as far as scoring reads it; {@code open} while it can still be matched. */
@Entity
public class OpenNeed extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID authorityId;
    public String sector;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> subsectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> supportModes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    public String urgency;
    public boolean open;
    /** When it was first published; null for needs heard of before this was kept. */
    public Instant publishedAt;
    public long version;
}
