package eu.twinninghub.authorities.counterpart;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.match.MatchDeclined;
import eu.twinninghub.events.match.MatchExpired;
import eu.twinninghub.events.match.MatchParty;
import eu.twinninghub.events.match.MatchProposed;
import eu.twinninghub.events.partnership.PartnershipCancelled;
import eu.twinninghub.events.partnership.PartnershipEstablished;
import eu.twinninghub.events.partnership.PartnershipMembershipChanged;
import eu.twinninghub.events.partnership.PartnershipRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Which authorities a proposal or a partnership brings together: every side of it with every
 * other (the hromada and each town of a cluster, and the towns with each other). A proposal counts
 * while it is open or became a partnership; a declined or expired one, and a cancelled partnership,
 * give nothing any more. A partnership's members are those of its latest change: one who joined
 * later is brought together with the others, one who left or was removed no longer is. A partnership
 * registered from a list brings its authorities together as one made here does.
 */
@ApplicationScoped
public class Counterparts {

    private final EntityManager database;

    public Counterparts(EntityManager database) {
        this.database = database;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Event<?> event) {
        switch (event.data()) {
            case MatchProposed proposed -> pair(proposed.matchId(), sides(proposed.need(), proposed.offers()));
            case MatchDeclined declined -> forget(declined.matchId());
            case MatchExpired expired -> forget(expired.matchId());
            case PartnershipEstablished established ->
                    pair(established.partnershipId(), sides(established.need(), established.offers()));
            case PartnershipCancelled cancelled -> forget(cancelled.partnershipId());
            case PartnershipRegistered registered ->
                    pair(registered.partnershipId(), new LinkedHashSet<>(registered.authorityIds()));
            case PartnershipMembershipChanged changed -> {
                forget(changed.partnershipId());
                pair(changed.partnershipId(), new LinkedHashSet<>(changed.members()));
            }
            default -> {
            }
        }
    }

    /** The authorities {@code authority} is brought together with. */
    public Set<UUID> of(UUID authority) {
        List<UUID> found = database.createNativeQuery(
                        "SELECT DISTINCT counterpart_id FROM counterpart WHERE authority_id = ?1", UUID.class)
                .setParameter(1, authority).getResultList();
        return Set.copyOf(found);
    }

    private void pair(UUID source, Set<UUID> sides) {
        for (UUID authority : sides) {
            for (UUID other : sides) {
                if (!authority.equals(other)) {
                    database.createNativeQuery("INSERT INTO counterpart (source_id, authority_id, counterpart_id)"
                                    + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                            .setParameter(1, source).setParameter(2, authority).setParameter(3, other).executeUpdate();
                }
            }
        }
    }

    private void forget(UUID source) {
        database.createNativeQuery("DELETE FROM counterpart WHERE source_id = ?1").setParameter(1, source)
                .executeUpdate();
    }

    private static Set<UUID> sides(MatchParty need, List<MatchParty> offers) {
        Set<UUID> sides = new LinkedHashSet<>();
        Stream.concat(Stream.of(need), offers.stream()).forEach(party -> sides.add(party.authorityId()));
        return sides;
    }
}
