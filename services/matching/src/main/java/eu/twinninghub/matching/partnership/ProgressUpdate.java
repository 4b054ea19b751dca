package eu.twinninghub.matching.partnership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;

@Entity
public class ProgressUpdate extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partnership_id")
    public Partnership partnership;

    public UUID authorityId;
    public String postedBy;
    public Instant postedAt;
    public String text;
}
