package eu.twinninghub.matching.proposal;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A proposal: one need and one or more offers (a cluster), answered by each side. */
@Entity
public class Match extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID needId;
    public UUID needAuthorityId;
    public Instant needAcceptedAt;
    public String needAcceptedBy;
    public int score;
    public boolean cluster;

    @Enumerated(EnumType.STRING)
    public MatchStatus status;

    public Instant proposedAt;
    public Instant expiresAt;
    public Instant decidedAt;
    public String declineReason;
    public UUID declinedBy;
    public UUID partnershipId;
    /** Set while a side is suspended: nobody is asked to answer, and the proposal does not expire. */
    public Instant heldSince;

    @Version
    public long version;

    @OneToMany(mappedBy = "match", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("score desc")
    public List<MatchOffer> offers = new ArrayList<>();

    /** The authorities on either side: the need's and every offer's. */
    public List<UUID> sides() {
        List<UUID> sides = new ArrayList<>();
        sides.add(needAuthorityId);
        offers.forEach(offer -> sides.add(offer.offerAuthorityId));
        return sides;
    }

    public boolean everyoneAccepted() {
        return needAcceptedAt != null && offers.stream().allMatch(o -> o.acceptedAt != null);
    }
}
