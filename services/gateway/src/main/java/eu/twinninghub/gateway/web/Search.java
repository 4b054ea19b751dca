package eu.twinninghub.gateway.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The filters of a list page as the reader set them, and the address of its next page. */
public record Search(String q, String sector, String filter, String cursor) {

    /** The list's address with the same filters, from {@code nextCursor} on. */
    public String next(String path, String filterName, String nextCursor) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", q);
        query.put("sector", sector);
        query.put(filterName, filter);
        query.put("cursor", nextCursor);
        return path + "?" + query.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean is(String value) {
        return value != null && (value.equals(sector) || value.equals(filter));
    }

    static Search of(String q, String sector, String filter, String cursor) {
        return new Search(PostingForm.blankToNull(q), PostingForm.blankToNull(sector), PostingForm.blankToNull(filter),
                PostingForm.blankToNull(cursor));
    }
}
