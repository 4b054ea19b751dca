package eu.twinninghub.api.problem;

import java.net.URI;

/** The problem types the platform answers with; each is documented in the OpenAPI document. */
public enum ProblemType {
    VALIDATION("validation", "Invalid request", 400),
    MALFORMED("malformed-request", "Malformed request body", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    /** The authority acted for is suspended: nothing is written in its name until it is reinstated. */
    SUSPENDED("authority-suspended", "The authority is suspended", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict with the current state", 409),
    STALE_VERSION("stale-version", "Changed by someone else since you read it", 409),
    DUPLICATE("duplicate", "Already exists", 409),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    /** Any other refusal of the request by the framework, under its own status (413, 414, 431 ...). */
    REFUSED("request-refused", "Request refused", 400),
    RATE_LIMITED("rate-limited", "Too many requests", 429),
    UNAVAILABLE("service-unavailable", "Service temporarily unavailable", 503),
    INTERNAL("internal", "Unexpected error", 500);

    private static final String BASE = "https://twinninghub.eu/problems/";

    private final URI type;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.type = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public Problem problem(String detail) {
        return new Problem(type, title, status, detail, null, null, null);
    }
}
