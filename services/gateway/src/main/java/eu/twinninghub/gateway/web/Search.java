package eu.twinninghub.gateway.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The filters of a list page as the reader set them, and the address of its next page. {@code filter}
 * is the page's own (a need's urgency, an offer's country, a partnership's status); {@code country}
 * the posting authority's, where a page has both; {@code oblast} and {@code rayon} the Ukrainian posting
 * authority's (a rayon only within the oblast chosen).
 */
public record Search(String q, String sector, String filter, String country, UUID oblast, String rayon,
                     String cursor) {

    /** The list's address with the same filters, from {@code nextCursor} on. */
    public String next(String path, String filterName, String nextCursor) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", q);
        query.put("sector", sector);
        query.put(filterName, filter);
        query.putIfAbsent("country", country);
        query.put("oblast", oblast == null ? null : oblast.toString());
        query.put("rayon", rayon);
        query.put("cursor", nextCursor);
        return path + "?" + query.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean is(String value) {
        return value != null && (value.equals(sector) || value.equals(filter));
    }

    /** Whether {@code id} is the oblast chosen. */
    public boolean isOblast(UUID id) {
        return id != null && id.equals(oblast);
    }

    /** Whether {@code name} is the rayon chosen. */
    public boolean isRayon(String name) {
        return name != null && name.equals(rayon);
    }

    static Search of(String q, String sector, String filter, String cursor) {
        return of(q, sector, filter, null, null, null, cursor);
    }

    static Search of(String q, String sector, String filter, String country, UUID oblast, String rayon,
                     String cursor) {
        String code = PostingForm.blankToNull(country);
        return new Search(PostingForm.blankToNull(q), PostingForm.blankToNull(sector), PostingForm.blankToNull(filter),
                code == null ? null : code.strip().toUpperCase(Locale.ROOT), oblast,
                oblast == null ? null : PostingForm.blankToNull(rayon), PostingForm.blankToNull(cursor));
    }
}
