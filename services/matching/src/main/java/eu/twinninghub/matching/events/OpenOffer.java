package eu.twinninghub.matching.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A published offer, as far as scoring reads it, with the partnerships it is in. */
@Entity
public class OpenOffer extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID authorityId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> subsectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> supportModes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    public int capacity;
    public int partners;
    public boolean open;
    public long version;

    public int capacityLeft() {
        return Math.max(0, capacity - partners);
    }
}
