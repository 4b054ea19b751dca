package eu.twinninghub.api.need;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/**
 * The filters of {@link NeedApi#list}: the service reads them from the query string, and Java
 * callers (the gateway's pages) build them by name instead of twelve positional arguments.
 */
public record NeedQuery(
        @QueryParam("q") @Size(max = 200) String q,
        @QueryParam("sector") @Size(max = 60) String sector,
        @QueryParam("supportMode") @Size(max = 60) String supportMode,
        @QueryParam("urgency") @Pattern(regexp = "CRITICAL|HIGH|MEDIUM|LOW",
                message = "must be CRITICAL, HIGH, MEDIUM or LOW") String urgency,
        @QueryParam("oblast") UUID oblast,
        @QueryParam("rayon") @Size(max = 100) String rayon,
        @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String country,
        @QueryParam("authority") UUID authority,
        @QueryParam("language") @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String language,
        @QueryParam("status") @Pattern(regexp = "DRAFT|OPEN|MATCHED|IN_PROGRESS|FULFILLED|CLOSED|WITHDRAWN",
                message = "must be one of DRAFT, OPEN, MATCHED, IN_PROGRESS, FULFILLED, CLOSED, WITHDRAWN") String status,
        @QueryParam("sort") @DefaultValue("recent") @Pattern(regexp = "recent|urgency",
                message = "must be recent or urgency") String sort,
        @QueryParam("cursor") @Size(max = 300) String cursor,
        @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {

    // The accessors are written out so that the annotations of the components stay on the fields:
    // the REST client reads a parameter from an annotated field, or from an annotated method only if
    // it is named get..., and an annotated record accessor fails its build.

    public String q() {
        return q;
    }

    public String sector() {
        return sector;
    }

    public String supportMode() {
        return supportMode;
    }

    public String urgency() {
        return urgency;
    }

    public UUID oblast() {
        return oblast;
    }

    /** A Ukrainian posting authority's rayon, by the register's name for it (with or without the oblast). */
    public String rayon() {
        return rayon;
    }

    /** The posting authority's country: needs come from anywhere, not only from Ukraine. */
    public String country() {
        return country;
    }

    public UUID authority() {
        return authority;
    }

    public String language() {
        return language;
    }

    public String status() {
        return status;
    }

    public String sort() {
        return sort;
    }

    public String cursor() {
        return cursor;
    }

    public int limit() {
        return limit;
    }

    /** Every need the caller may see, most recent first, one default page. */
    public static NeedQuery all() {
        return new NeedQuery(null, null, null, null, null, null, null, null, null, null, "recent", null, 20);
    }

    /** Published needs, most urgent first. */
    public static NeedQuery open() {
        return all().withStatus("OPEN").withSort("urgency");
    }

    public NeedQuery withText(String text) {
        return new NeedQuery(text, sector, supportMode, urgency, oblast, rayon, country, authority, language, status,
                sort, cursor, limit);
    }

    public NeedQuery withSector(String value) {
        return new NeedQuery(q, value, supportMode, urgency, oblast, rayon, country, authority, language, status, sort,
                cursor, limit);
    }

    public NeedQuery withUrgency(String value) {
        return new NeedQuery(q, sector, supportMode, value, oblast, rayon, country, authority, language, status, sort,
                cursor, limit);
    }

    public NeedQuery withCountry(String value) {
        return new NeedQuery(q, sector, supportMode, urgency, oblast, rayon, value, authority, language, status, sort,
                cursor, limit);
    }

    public NeedQuery withRayon(String value) {
        return new NeedQuery(q, sector, supportMode, urgency, oblast, value, country, authority, language, status, sort,
                cursor, limit);
    }

    public NeedQuery withOblast(UUID value) {
        return new NeedQuery(q, sector, supportMode, urgency, value, rayon, country, authority, language, status, sort,
                cursor, limit);
    }

    public NeedQuery withAuthority(UUID value) {
        return new NeedQuery(q, sector, supportMode, urgency, oblast, rayon, country, value, language, status, sort,
                cursor, limit);
    }

    public NeedQuery withStatus(String value) {
        return new NeedQuery(q, sector, supportMode, urgency, oblast, rayon, country, authority, language, value, sort,
                cursor, limit);
    }

    public NeedQuery withSort(String value) {
        return new NeedQuery(q, sector, supportMode, urgency, oblast, rayon, country, authority, language, status,
                value, cursor, limit);
    }

    public NeedQuery from(String value) {
        return new NeedQuery(q, sector, supportMode, urgency, oblast, rayon, country, authority, language, status, sort,
                value, limit);
    }

    public NeedQuery limit(int value) {
        return new NeedQuery(q, sector, supportMode, urgency, oblast, rayon, country, authority, language, status, sort,
                cursor, value);
    }

    public boolean byUrgency() {
        return "urgency".equals(sort);
    }
}
