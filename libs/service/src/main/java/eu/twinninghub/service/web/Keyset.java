package eu.twinninghub.service.web;

import eu.twinninghub.api.paging.Page;
import java.util.List;
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
}
