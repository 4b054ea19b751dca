package eu.twinninghub.matching.partnership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;

/**
 * An authority in a partnership, on one of its two teams, and what it brought: its need, or its
 * offer; a MEMBER brought neither (it joined later, or the partnership was made elsewhere). A row is
 * an invitation until the authority consents, and stays as history once it left.
 */
@Entity
public class PartnershipParty extends PanacheEntityBase {

    public static final String NEED = "NEED";
    public static final String OFFER = "OFFER";
    public static final String MEMBER = "MEMBER";

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partnership_id")
    public Partnership partnership;

    public String side;
    public UUID authorityId;
    public UUID itemId;

    @Enumerated(EnumType.STRING)
    public Team team;

    public boolean coordinator;
    public Instant invitedAt;
    public String invitedBy;
    public Instant consentedAt;
    public String consentedBy;
    public Instant leftAt;
    public String leftBy;
    public String leftReason;

    /** A member now: it said yes and has not left. */
    public boolean current() {
        return consentedAt != null && leftAt == null;
    }

    /** Invited, and has not answered yet. */
    public boolean invited() {
        return consentedAt == null && leftAt == null;
    }

    /** A party that agreed when it came in: through the proposal it accepted, or the list it was read from. */
    static PartnershipParty agreed(Partnership partnership, String side, Team team, UUID authority, UUID item,
                                   Instant at, String by) {
        PartnershipParty party = new PartnershipParty();
        party.id = UUID.randomUUID();
        party.partnership = partnership;
        party.side = side;
        party.team = team;
        party.authorityId = authority;
        party.itemId = item;
        party.invitedAt = at;
        party.consentedAt = at;
        party.consentedBy = by;
        return party;
    }

    static PartnershipParty invitation(Partnership partnership, Team team, UUID authority, Instant at, String by) {
        PartnershipParty party = new PartnershipParty();
        party.id = UUID.randomUUID();
        party.partnership = partnership;
        party.side = MEMBER;
        party.team = team;
        party.authorityId = authority;
        party.invitedAt = at;
        party.invitedBy = by;
        return party;
    }
}
