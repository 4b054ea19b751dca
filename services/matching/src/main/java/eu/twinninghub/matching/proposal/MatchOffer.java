package eu.twinninghub.matching.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;

/** One offer of a match, its score with the need and the explanation of it (JSON). */
@Entity
public class MatchOffer extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "match_id")
    public Match match;

    public UUID offerId;
    public UUID offerAuthorityId;
    public int score;
    public String explanation;
    public Instant acceptedAt;
    public String acceptedBy;
}
