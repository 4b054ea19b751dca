package eu.twinninghub.needsoffers.need;

import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Filtered listing in SQL, for PostgreSQL full-text search over both languages, with keyset
 * pagination in either order: most recent first, or most urgent first (then most recent).
 * Anonymous callers see open needs only; drafts only their own authority's people.
 */
@ApplicationScoped
public class NeedSearch {

    public record Filter(String q, String sector, String supportMode, String urgency, UUID oblast, UUID authority,
                         String language, String status, boolean byUrgency) {
    }

    public record Result(List<Need> items, String next) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public Result find(Filter filter, String cursor, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (caller.isAnonymous()) {
            where.add("n.status = 'OPEN'");
        } else if (!caller.isPlatformAdmin()) {
            where.add("(n.status <> 'DRAFT' or n.authority_id = :mine)");
            params.put("mine", caller.authorityId().orElse(new UUID(0, 0)));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("n.search @@ (websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))");
            params.put("q", filter.q());
        }
        condition(where, params, "n.sector = :sector", "sector", filter.sector());
        condition(where, params, ":supportMode = any(n.support_modes)", "supportMode", filter.supportMode());
        condition(where, params, "n.urgency = :urgency", "urgency", filter.urgency());
        condition(where, params, "a.parent_id = :oblast", "oblast", filter.oblast());
        condition(where, params, "n.authority_id = :authority", "authority", filter.authority());
        condition(where, params, ":language = any(n.languages)", "language", filter.language());
        condition(where, params, "n.status = :status", "status", filter.status());
        if (cursor != null) {
            Cursor after = Cursor.parse(cursor);
            where.add(filter.byUrgency()
                    ? "(n.urgency_rank > :rank or (n.urgency_rank = :rank and (n.created_at, n.id) < (:at, :id)))"
                    : "(n.created_at, n.id) < (:at, :id)");
            if (filter.byUrgency()) {
                params.put("rank", after.rank());
            }
            params.put("at", Timestamp.from(after.at()));
            params.put("id", after.id());
        }
        String sql = "select n.id from need n join known_authority a on a.id = n.authority_id"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + (filter.byUrgency() ? " order by n.urgency_rank, n.created_at desc, n.id desc"
                : " order by n.created_at desc, n.id desc")
                + " limit " + (limit + 1);
        var query = em.createNativeQuery(sql, UUID.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        boolean more = ids.size() > limit;
        List<UUID> page = more ? ids.subList(0, limit) : ids;
        Map<UUID, Integer> position = new LinkedHashMap<>();
        page.forEach(id -> position.put(id, position.size()));
        List<Need> needs = page.isEmpty() ? List.of() : Need.<Need>list("id in ?1", page).stream()
                .sorted(Comparator.comparing(n -> position.get(n.id))).toList();
        if (!more) {
            return new Result(needs, null);
        }
        Need last = needs.get(needs.size() - 1);
        return new Result(needs, new Cursor(last.urgencyRank, last.createdAt, last.id).encode());
    }

    private static void condition(List<String> where, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null) {
            where.add(sql);
            params.put(name, value);
        }
    }

    record Cursor(int rank, Instant at, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((rank + "|" + at + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Integer.parseInt(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this API returned; start without one");
            }
        }
    }
}
