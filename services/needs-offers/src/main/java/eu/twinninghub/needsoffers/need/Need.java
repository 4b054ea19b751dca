package eu.twinninghub.needsoffers.need;

import eu.twinninghub.api.need.NeedInput;
import eu.twinninghub.api.need.NeedStatus;
import eu.twinninghub.api.need.Urgency;
import eu.twinninghub.needsoffers.posting.Posting;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Need extends Posting {

    public String sector;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    /** CRITICAL first when sorting by urgency. */
    public int urgencyRank;

    public LocalDate startBy;
    public LocalDate endBy;
    public Long budgetEur;
    public Integer peopleServed;
    public String dreamProjectId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> fundingProgrammes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public NeedStatus status;

    @OneToMany(mappedBy = "need", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt")
    public List<NeedStatusChange> history = new ArrayList<>();

    public static Need draft(NeedInput input, String by, Instant now) {
        Need need = new Need();
        need.start(input.authorityId(), by, now);
        need.apply(input);
        need.status = NeedStatus.DRAFT;
        need.history.add(NeedStatusChange.of(need, null, NeedStatus.DRAFT, by, now, null));
        return need;
    }

    public void edit(NeedInput input, Instant now) {
        apply(input);
        updatedAt = now;
    }

    public void moveTo(NeedStatus next, String by, String reason, Instant now) {
        history.add(NeedStatusChange.of(this, status, next, by, now, reason));
        moved(next == NeedStatus.OPEN, now);
        status = next;
    }

    public NeedInput input() {
        return new NeedInput(authorityId, title(), description(), sector, List.copyOf(subsectors),
                List.copyOf(supportModes), List.copyOf(expertiseTags), urgency, List.copyOf(languages), startBy, endBy,
                budgetEur, peopleServed, dreamProjectId, List.copyOf(fundingProgrammes));
    }

    private void apply(NeedInput input) {
        applyShared(input.title(), input.description(), input.subsectors(), input.supportModes(),
                input.expertiseTags(), input.languages());
        sector = input.sector();
        urgency = input.urgency();
        urgencyRank = input.urgency().ordinal();
        startBy = input.startBy();
        endBy = input.endBy();
        budgetEur = input.budgetEur();
        peopleServed = input.peopleServed();
        dreamProjectId = blankToNull(input.dreamProjectId());
        fundingProgrammes = new ArrayList<>(input.fundingProgrammes().stream().distinct().toList());
    }
}
