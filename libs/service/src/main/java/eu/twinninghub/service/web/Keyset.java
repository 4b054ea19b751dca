package eu.twinninghub.service.web;

import eu.twinninghub.api.paging.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keyset paging, the one way every list of the platform pages: sorted by a key and then the id, a
 * page is the rows after the last row of the page before, fetched as {@code limit + 1} rows so that
 * the extra one says whether another page follows. Nothing is skipped or repeated when rows are
 * added between two pages, and no page costs more than the first.
 */
public final class Keyset {

    private Keyset() {
    }

    /** Where the next page starts: after the row with this sort key and id. */
    public record After<K, I>(K key, I id) {
    }

    /** The position a cursor of {@link #page} carries (a 400 naming {@code cursor} if it is not one); null for none. */
    public static <K, I> After<K, I> after(String cursor, Function<String, K> key, Function<String, I> id) {
        return Cursors.decode(cursor, 2, parts -> new After<>(key.apply(parts[0]), id.apply(parts[1])));
    }

    /**
     * The condition for the rows after {@code :afterKey, :afterId} in a list sorted by {@code key}
     * descending (newest first), then {@code id}: JPQL, HQL and Panache's MongoDB queries alike.
     */
    public static String afterDescending(String key, String id) {
        return "(" + key + " < :afterKey or (" + key + " = :afterKey and " + id + " > :afterId))";
    }

    /** {@link #afterDescending} for a list sorted by {@code key} ascending, then {@code id}. */
    public static String afterAscending(String key, String id) {
        return "(" + key + " > :afterKey or (" + key + " = :afterKey and " + id + " > :afterId))";
    }

    /**
     * The page of {@code rows} (fetched as {@code limit + 1}): the first {@code limit} as views, and
     * the cursor after the last of them when the extra row shows that more follow.
     */
    public static <E, V> Page<V> page(List<E> rows, int limit, Function<E, String> cursorAfter, Function<E, V> view) {
        List<E> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? cursorAfter.apply(shown.get(limit - 1)) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }

    /** The cursor {@link #after} reads: a row's sort key and id. */
    public static String cursor(Object key, Object id) {
        return Cursors.encode(key, id);
    }

    /**
     * The query of one page of a filtered list, for JPQL and Panache alike: a filter whose value
     * is null is left out, so that a list endpoint names each filter once instead of building the
     * text and its parameters side by side.
     */
    public static final class Query {

        private final String select;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();
        private String order = "";

        private Query(String select) {
            this.select = select;
        }

        /** {@code select}: the query up to its conditions, e.g. {@code select m from Match m}. */
        public static Query of(String select) {
            return new Query(select);
        }

        /** {@code condition} with {@code :name} bound to {@code value}; left out when the value is null. */
        public Query filter(String condition, String name, Object value) {
            if (value != null) {
                conditions.add(condition);
                params.put(name, value);
            }
            return this;
        }

        /** {@code condition} with each of {@code values} bound by name; left out when there are none. */
        public Query filter(String condition, Map<String, ?> values) {
            if (!values.isEmpty()) {
                conditions.add(condition);
                params.putAll(values);
            }
            return this;
        }

        /** Sorted by {@code key} descending (newest first), then {@code id}; from the row after {@code cursor}. */
        public <K, I> Query newestFirst(String key, String id, String cursor, Function<String, K> keyOf,
                                        Function<String, I> idOf) {
            order = " order by " + key + " desc, " + id;
            return from(afterDescending(key, id), after(cursor, keyOf, idOf));
        }

        /** Sorted by {@code key} ascending, then {@code id}; from the row after {@code cursor}. */
        public <K, I> Query ascending(String key, String id, String cursor, Function<String, K> keyOf,
                                      Function<String, I> idOf) {
            order = " order by " + key + ", " + id;
            return from(afterAscending(key, id), after(cursor, keyOf, idOf));
        }

        private Query from(String condition, After<?, ?> after) {
            if (after != null) {
                conditions.add(condition);
                params.put("afterKey", after.key());
                params.put("afterId", after.id());
            }
            return this;
        }

        public String text() {
            return select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + order;
        }

        public Map<String, Object> params() {
            return params;
        }
    }
}
