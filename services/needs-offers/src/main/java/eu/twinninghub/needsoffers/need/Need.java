package eu.twinninghub.needsoffers.need;

import eu.twinninghub.api.need.NeedInput;
import eu.twinninghub.api.need.NeedStatus;
import eu.twinninghub.api.need.Urgency;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Need extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID authorityId;
    public String titleUk;
    public String titleEn;
    public String descriptionUk;
    public String descriptionEn;
    public String sector;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> subsectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> supportModes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> expertiseTags = new ArrayList<>();

    /** The tags as one text, for the full-text index (PostgreSQL cannot index an array's text). */
    public String tagsText;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    /** CRITICAL first when sorting by urgency. */
    public int urgencyRank;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    public LocalDate startBy;
    public LocalDate endBy;
    public Long budgetEur;
    public Integer peopleServed;
    public String dreamProjectId;

    @Enumerated(EnumType.STRING)
    public NeedStatus status;

    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant publishedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "need", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt")
    public List<NeedStatusChange> history = new ArrayList<>();

    public static Need draft(NeedInput input, String by, Instant now) {
        Need need = new Need();
        need.id = UUID.randomUUID();
        need.authorityId = input.authorityId();
        need.apply(input);
        need.status = NeedStatus.DRAFT;
        need.createdBy = by;
        need.createdAt = now;
        need.updatedAt = now;
        need.history.add(NeedStatusChange.of(need, null, NeedStatus.DRAFT, by, now, null));
        return need;
    }

    public void edit(NeedInput input, Instant now) {
        apply(input);
        updatedAt = now;
    }

    public void moveTo(NeedStatus next, String by, String reason, Instant now) {
        history.add(NeedStatusChange.of(this, status, next, by, now, reason));
        if (next == NeedStatus.OPEN && publishedAt == null) {
            publishedAt = now;
        }
        status = next;
        updatedAt = now;
    }

    private void apply(NeedInput input) {
        titleUk = blankToNull(input.title().uk());
        titleEn = blankToNull(input.title().en());
        descriptionUk = input.description() == null ? null : blankToNull(input.description().uk());
        descriptionEn = input.description() == null ? null : blankToNull(input.description().en());
        sector = input.sector();
        subsectors = new ArrayList<>(input.subsectors().stream().distinct().toList());
        supportModes = new ArrayList<>(input.supportModes().stream().distinct().toList());
        expertiseTags = new ArrayList<>(input.expertiseTags().stream().map(String::strip).distinct().toList());
        tagsText = String.join(" ", expertiseTags);
        urgency = input.urgency();
        urgencyRank = input.urgency().ordinal();
        languages = new ArrayList<>(input.languages().stream().distinct().toList());
        startBy = input.startBy();
        endBy = input.endBy();
        budgetEur = input.budgetEur();
        peopleServed = input.peopleServed();
        dreamProjectId = blankToNull(input.dreamProjectId());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
