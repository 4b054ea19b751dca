package eu.twinninghub.api.paging;

import java.util.List;
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
}
