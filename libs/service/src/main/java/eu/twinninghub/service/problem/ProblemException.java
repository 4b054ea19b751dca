package eu.twinninghub.service.problem;

import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.api.problem.ProblemType;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A refusal the caller can act on, answered as {@code application/problem+json}. Use cases throw
 * it; the exception mappers turn it into the response.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;
    private final URI location;
    private final Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.Violation> violations, URI location) {
        this(type, detail, violations, location, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.Violation> violations, URI location,
                             Duration retryAfter) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
        this.location = location;
        this.retryAfter = retryAfter;
    }

    /** Answered with {@code Retry-After}, so that a client knows when trying again makes sense. */
    public static ProblemException retryLater(ProblemType type, String detail, Duration retryAfter) {
        return new ProblemException(type, detail, List.of(), null, retryAfter);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "no " + what + " " + id);
    }

    /** An illegal transition: the detail names the current state so the caller knows why. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException staleVersion(String what, long given, long current) {
        return new ProblemException(ProblemType.STALE_VERSION, what + " is at version " + current + ", not " + given
                + ": reload it and apply your change again");
    }

    /** Something with the same identity exists already, at {@code existing}. */
    public static ProblemException duplicate(String detail, URI existing) {
        return new ProblemException(ProblemType.DUPLICATE, detail, List.of(), existing);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    /** {@code authority} is suspended, so nothing may be written in its name until it is reinstated. */
    public static ProblemException suspended(String authority) {
        return new ProblemException(ProblemType.SUSPENDED, authority + " is suspended: nothing can be written in its"
                + " name until a platform admin or one of its networks reinstates it");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + " " + message,
                List.of(new Problem.Violation(field, message)), null);
    }

    /** Several invalid fields at once, so that a form shows every message in one round trip. */
    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail = violations.size() == 1 ? violations.get(0).field() + " " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return new ProblemException(ProblemType.VALIDATION, detail, violations, null);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    /** For duplicates: where the existing resource is. */
    public URI location() {
        return location;
    }

    /** For refusals that pass (rate limits, a service down): when to try again; null if unknown. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
