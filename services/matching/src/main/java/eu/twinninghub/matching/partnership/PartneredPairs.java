package eu.twinninghub.matching.partnership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which authorities are partners already, in a partnership that was not cancelled. An import
 * registers no pair twice, whatever made its partnership. The engine proposes no pair partnered
 * elsewhere (imported): the platform knew nothing of them, and their needs are better served by
 * authorities without a partner. A pair that the platform partnered may still be proposed a new need
 * and offer: that is their partnership at work. A pair is two members now of the two teams of one
 * partnership (in a cluster, each with each), and has no direction (on an equal footing,
 * Aachen–Vinnytsia is Vinnytsia–Aachen).
 */
public final class PartneredPairs {

    public record Pair(UUID first, UUID second) {

        public static Pair of(UUID a, UUID b) {
            return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    private PartneredPairs() {
    }

    /** Every partnered pair, with one partnership that joins it. */
    public static Map<Pair, UUID> all() {
        return pairs("");
    }

    /** The pairs partnered elsewhere and brought in from a list. */
    public static Map<Pair, UUID> imported() {
        return pairs(" and p.origin_source is not null");
    }

    private static Map<Pair, UUID> pairs(String condition) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Partnership.getEntityManager().createNativeQuery("""
                select a.authority_id, b.authority_id, p.id from partnership p
                join partnership_party a on a.partnership_id = p.id
                join partnership_party b on b.partnership_id = p.id and a.authority_id < b.authority_id
                     and a.team <> b.team
                where p.status <> 'CANCELLED' and a.consented_at is not null and a.left_at is null
                      and b.consented_at is not null and b.left_at is null""" + condition).getResultList();
        Map<Pair, UUID> pairs = new HashMap<>();
        for (Object[] row : rows) {
            pairs.putIfAbsent(Pair.of((UUID) row[0], (UUID) row[1]), (UUID) row[2]);
        }
        return pairs;
    }
}
