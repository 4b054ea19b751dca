package eu.twinninghub.service.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.api.problem.ProblemType;
import eu.twinninghub.service.web.QueryParameters;
import eu.twinninghub.service.web.RequestIds;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 answer: validation with the field that is wrong, malformed
 * JSON with where it broke, 401/403/404/405/415 from the framework, and a 500 that reveals nothing
 * but the request id to quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(e.type(), e.getMessage(), e.violations(), uri);
        if (e.location() != null) {
            response.location(e.location());
        }
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, (e.retryAfter().toMillis() + 999) / 1000));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return respond(ProblemType.VALIDATION, detail, violations, uri).build();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = path(e);
        return respond(ProblemType.VALIDATION, field + " is not a field of this request",
                List.of(new Problem.Violation(field, "unknown field")), uri).build();
    }

    /** More specific than quarkus-rest-jackson's own mapper, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String detail = "the body is not valid JSON for this request: " + e.getOriginalMessage();
        List<Problem.Violation> violations = field.isEmpty() ? List.of()
                : List.of(new Problem.Violation(field, "has the wrong type or format"));
        return respond(ProblemType.MALFORMED, detail, violations, uri).build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.UNAUTHENTICATED, "sign in, or send a valid bearer token", List.of(), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "your role does not allow this", List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        var unreadableQuery = QueryParameters.refusal(e.getCause(), uri);
        if (unreadableQuery.isPresent()) {
            return problem(unreadableQuery.get(), uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.UNAVAILABLE;
            default -> status >= 400 && status < 500 ? ProblemType.REFUSED : null;
        };
        if (type == null) {
            return unexpected(e, uri);
        }
        String detail = switch (type) {
            case NOT_FOUND -> "nothing at " + uri.getPath();
            // The framework's own words here are only "HTTP 400 Bad Request".
            case MALFORMED -> "the body is not valid JSON, or a parameter does not have the expected format";
            case METHOD_NOT_ALLOWED -> "this address does not take this method";
            case NOT_ACCEPTABLE -> "this address answers application/json (errors application/problem+json) only";
            default -> e.getMessage();
        };
        return Response.fromResponse(respond(type, detail, List.of(), uri).build()).status(status).build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isStaleWrite(e)) {
            return respond(ProblemType.STALE_VERSION, "someone else changed this in the meantime: reload and retry",
                    List.of(), uri).build();
        }
        LOG.errorf(e, "unexpected failure of %s (request %s)", uri.getPath(), RequestIds.current());
        return respond(ProblemType.INTERNAL, "an unexpected error occurred; quote request id "
                + RequestIds.current() + " when reporting it", List.of(), uri).build();
    }

    private static Response.ResponseBuilder respond(ProblemType type, String detail, List<Problem.Violation> violations,
                                                    UriInfo uri) {
        Problem body = new Problem(type.type(), type.title(), type.status(), detail, instance(uri),
                RequestIds.current(), violations);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
    }

    /** The path as asked: decoded where that is a valid URI, else as sent (a hostile id such as %00). */
    private static URI instance(UriInfo uri) {
        try {
            return URI.create(uri.getPath());
        } catch (IllegalArgumentException e) {
            return URI.create(uri.getRequestUri().getRawPath());
        }
    }

    /** Optimistic locking lost at commit time (JPA), seen by name so services without JPA need no JPA. */
    private static boolean isStaleWrite(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("OptimisticLockException") || name.equals("StaleObjectStateException")) {
                return true;
            }
        }
        return false;
    }

    /** The field as the caller wrote it: {@code contacts[0].email}, without the method and parameter names. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            // A query or path parameter is named; the body parameter is the root its fields hang from.
            if (node.getKind() == ElementKind.PARAMETER && i == nodes.size() - 1) {
                field.append(node.getName());
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : "body";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
