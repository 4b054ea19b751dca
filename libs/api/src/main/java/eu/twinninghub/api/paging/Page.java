package eu.twinninghub.api.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. {@code next} is the opaque cursor of the following page, null on the last;
 * a cursor stays valid while items are added, unlike an offset.
 */
@Schema(description = "One page of a list; next is the cursor of the following page, null on the last")
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each item as {@code view} shows it. */
    public <V> Page<V> map(Function<T, V> view) {
        return new Page<>(items.stream().map(view).toList(), next);
    }
}
