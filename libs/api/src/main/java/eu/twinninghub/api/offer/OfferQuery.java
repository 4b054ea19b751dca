package eu.twinninghub.api.offer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/**
 * The filters of {@link OfferApi#list}: the service reads them from the query string, and Java
 * callers (the gateway's pages) build them by name instead of ten positional arguments.
 */
public record OfferQuery(
        @QueryParam("q") @Size(max = 200) String q,
        @QueryParam("sector") @Size(max = 60) String sector,
        @QueryParam("supportMode") @Size(max = 60) String supportMode,
        @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String country,
        @QueryParam("oblast") UUID oblast,
        @QueryParam("rayon") @Size(max = 100) String rayon,
        @QueryParam("authority") UUID authority,
        @QueryParam("language") @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String language,
        @QueryParam("status") @Pattern(regexp = "DRAFT|OPEN|FULL|CLOSED|WITHDRAWN",
                message = "must be one of DRAFT, OPEN, FULL, CLOSED, WITHDRAWN") String status,
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

    public String country() {
        return country;
    }

    /** The oblast of the offering hromada: Ukrainian authorities share their know-how too. */
    public UUID oblast() {
        return oblast;
    }

    /** A Ukrainian posting authority's rayon, by the register's name for it (with or without the oblast). */
    public String rayon() {
        return rayon;
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

    public String cursor() {
        return cursor;
    }

    public int limit() {
        return limit;
    }

    /** Every offer the caller may see, most recent first, one default page. */
    public static OfferQuery all() {
        return new OfferQuery(null, null, null, null, null, null, null, null, null, null, 20);
    }

    /** Published offers. */
    public static OfferQuery open() {
        return all().withStatus("OPEN");
    }

    public OfferQuery withText(String text) {
        return new OfferQuery(text, sector, supportMode, country, oblast, rayon, authority, language, status, cursor,
                limit);
    }

    public OfferQuery withSector(String value) {
        return new OfferQuery(q, value, supportMode, country, oblast, rayon, authority, language, status, cursor,
                limit);
    }

    public OfferQuery withCountry(String value) {
        return new OfferQuery(q, sector, supportMode, value, oblast, rayon, authority, language, status, cursor, limit);
    }

    public OfferQuery withRayon(String value) {
        return new OfferQuery(q, sector, supportMode, country, oblast, value, authority, language, status, cursor,
                limit);
    }

    public OfferQuery withOblast(UUID value) {
        return new OfferQuery(q, sector, supportMode, country, value, rayon, authority, language, status, cursor,
                limit);
    }

    public OfferQuery withAuthority(UUID value) {
        return new OfferQuery(q, sector, supportMode, country, oblast, rayon, value, language, status, cursor, limit);
    }

    public OfferQuery withStatus(String value) {
        return new OfferQuery(q, sector, supportMode, country, oblast, rayon, authority, language, value, cursor,
                limit);
    }

    public OfferQuery from(String value) {
        return new OfferQuery(q, sector, supportMode, country, oblast, rayon, authority, language, status, value,
                limit);
    }

    public OfferQuery limit(int value) {
        return new OfferQuery(q, sector, supportMode, country, oblast, rayon, authority, language, status, cursor,
                value);
    }
}
