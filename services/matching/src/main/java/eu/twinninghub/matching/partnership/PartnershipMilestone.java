package eu.twinninghub.matching.partnership;

import eu.twinninghub.api.partnership.MilestoneInput;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class PartnershipMilestone extends PanacheEntityBase {

    /** The milestones partnerships report to the Alliance ({@link MilestoneInput#KINDS}). */
    public enum Kind {
        MOU_SIGNED, FIRST_VISIT, JOINT_PROJECT_STARTED, RESULTS_REPORTED;

        public boolean once() {
            return MilestoneInput.once(name());
        }
    }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partnership_id")
    public Partnership partnership;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "happened_on")
    public LocalDate date;

    public String link;
    public UUID authorityId;
    public String recordedBy;
    public Instant recordedAt;
}
