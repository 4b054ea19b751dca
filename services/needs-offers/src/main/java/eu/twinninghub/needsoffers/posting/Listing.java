package eu.twinninghub.needsoffers.posting;

import eu.twinninghub.api.paging.Page;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.web.Cursors;
import eu.twinninghub.service.web.Keyset;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * A filtered listing of needs or offers in SQL (for PostgreSQL full text and arrays) with keyset
 * pagination: most recent first, or by a rank (urgency) and then most recent. The cursor is the last
 * row's rank, creation time and id, so nothing is skipped or repeated while items are added.
 * Anonymous callers see open items only; drafts only the people of their own authority.
 * One statement reads the page's postings themselves (their histories follow in one batch): a
 * search is the busiest request there is, and every round trip to PostgreSQL is paid by all of them.
 */
public final class Listing {

    /** The page's postings in order, and the cursor of the next page (null on the last). */
    private final String table;
    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Set<String> joins = new LinkedHashSet<>();
    private String commonTableExpressions = "";

    /** {@code table} has {@code id}, {@code authority_id}, {@code status}, {@code created_at} and {@code search}. */
    public Listing(String table, Caller caller) {
        this.table = table;
        if (caller.isAnonymous()) {
            where.add("t.status = 'OPEN'");
            where.add("not t.authority_suspended");
        } else if (!caller.isPlatformAdmin()) {
            // A draft (also one withdrawn unpublished), or a posting of a suspended authority, is listed to
            // the authority's own people only.
            where.add("(t.status <> 'DRAFT' and t.published_at is not null and not t.authority_suspended"
                    + " or t.authority_id = :mine)");
            params.put("mine", caller.authorityId().orElse(new UUID(0, 0)));
        }
    }

    /** Adds {@code sql} (naming {@code :name}, table alias {@code t}) when {@code value} is given. */
    public Listing filter(String sql, String name, Object value) {
        if (value != null) {
            where.add(sql);
            params.put(name, value);
        }
        return this;
    }

    /**
     * A filter on the posting's authority (alias {@code a}). The authority is joined only for these:
     * the foreign key makes the join change nothing otherwise, and PostgreSQL plans a search
     * without it in about half the time.
     */
    public Listing authorityFilter(String sql, String name, Object value) {
        if (value != null) {
            joins.add("join known_authority a on a.id = t.authority_id");
        }
        return filter(sql, name, value);
    }

    /**
     * Full text: English and German words stemmed, Ukrainian and Polish ones as written (as the search
     * column holds them).
     * The words become a tsquery in a materialised CTE so that the planner does not see them: it then
     * keeps one plan for the prepared statement instead of planning every search again, which took
     * longer than running it (pgbench: 15,100 against 6,200 searches/s, still on the full-text index).
     */
    public Listing text(String q) {
        if (q == null || q.isBlank()) {
            return this;
        }
        commonTableExpressions = "with query as materialized (select websearch_to_tsquery('english', :q)"
                + " || websearch_to_tsquery('german', :q) || websearch_to_tsquery('simple', :q) as words) ";
        joins.add("cross join query");
        return filter("t.search @@ query.words", "q", q);
    }

    /**
     * {@code rankColumn} null: most recent first; otherwise {@code rank} reads the same column from
     * a posting, for the cursor.
     */
    public <P extends Posting> Page<P> page(EntityManager em, Class<P> type, String rankColumn,
                                            ToIntFunction<P> rank, String cursor, int limit) {
        if (cursor != null) {
            Cursor after = Cursor.parse(cursor);
            if (rankColumn != null) {
                where.add("(t." + rankColumn + " > :rank or (t." + rankColumn
                        + " = :rank and (t.created_at, t.id) < (:at, :id)))");
                params.put("rank", after.rank());
            } else {
                where.add("(t.created_at, t.id) < (:at, :id)");
            }
            params.put("at", Timestamp.from(after.at()));
            params.put("id", after.id());
        }
        // {t.*}: the posting's own columns only, not the full-text vector the search runs on.
        String sql = commonTableExpressions + "select {t.*} from " + table + " t"
                + joins.stream().map(" "::concat).collect(Collectors.joining())
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + (rankColumn == null ? "" : "t." + rankColumn + ", ") + "t.created_at desc, t.id desc"
                + " limit " + (limit + 1);
        @SuppressWarnings("unchecked")
        NativeQuery<P> query = em.createNativeQuery(sql).unwrap(NativeQuery.class).addEntity("t", type);
        params.forEach(query::setParameter);
        return Keyset.page(query.getResultList(), limit,
                last -> new Cursor(rankColumn == null ? 0 : rank.applyAsInt(last), last.createdAt, last.id).encode(),
                posting -> posting);
    }

    private record Cursor(int rank, Instant at, UUID id) {

        String encode() {
            return Cursors.encode(rank, at, id);
        }

        static Cursor parse(String cursor) {
            return Cursors.decode(cursor, 3, p -> new Cursor(Integer.parseInt(p[0]), Instant.parse(p[1]),
                    UUID.fromString(p[2])));
        }
    }
}
