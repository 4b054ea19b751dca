package eu.twinninghub.api.authority;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/**
 * The filters of {@link AuthorityApi#list}. Kind and verification stay text with a pattern, so that
 * a wrong value is a 400 naming the field rather than the 404 an unconvertible query parameter gets.
 */
public record AuthorityQuery(
        @QueryParam("q") @Size(max = 100) String q,
        @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String country,
        @QueryParam("kind") @Pattern(regexp = "HROMADA|CITY|OBLAST|MUNICIPALITY|REGION|ASSOCIATION|PARTNER_NETWORK",
                message = "must be one of HROMADA, CITY, OBLAST, MUNICIPALITY, REGION, ASSOCIATION, PARTNER_NETWORK")
        String kind,
        @QueryParam("sector") @Size(max = 60) String sector,
        @QueryParam("language") @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String language,
        @QueryParam("verification") @Pattern(regexp = "PENDING|VERIFIED|SUSPENDED",
                message = "must be PENDING, VERIFIED or SUSPENDED") String verification,
        @QueryParam("parent") UUID parent,
        @QueryParam("cursor") @Size(max = 200) String cursor,
        @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {

    // The accessors are written out so that the annotations of the components stay on the fields:
    // the REST client reads a parameter from an annotated field, or from an annotated method only if
    // it is named get..., and an annotated record accessor fails its build.

    public String q() {
        return q;
    }

    public String country() {
        return country;
    }

    public String kind() {
        return kind;
    }

    public String sector() {
        return sector;
    }

    public String language() {
        return language;
    }

    public String verification() {
        return verification;
    }

    public UUID parent() {
        return parent;
    }

    public String cursor() {
        return cursor;
    }

    public int limit() {
        return limit;
    }

    public AuthorityKind kindValue() {
        return kind == null ? null : AuthorityKind.valueOf(kind);
    }

    public Verification verificationValue() {
        return verification == null ? null : Verification.valueOf(verification);
    }
}
