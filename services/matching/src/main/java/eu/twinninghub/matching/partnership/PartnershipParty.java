package eu.twinninghub.matching.partnership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.UUID;

/**
 * An authority in a partnership and what it brought: its need, or its offer; a MEMBER of a
 * partnership made elsewhere brought neither.
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

    static PartnershipParty of(Partnership partnership, String side, UUID authority, UUID item) {
        PartnershipParty party = new PartnershipParty();
        party.id = UUID.randomUUID();
        party.partnership = partnership;
        party.side = side;
        party.authorityId = authority;
        party.itemId = item;
        return party;
    }
}
