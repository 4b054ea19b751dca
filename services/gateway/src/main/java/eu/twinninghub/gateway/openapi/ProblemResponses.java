package eu.twinninghub.gateway.openapi;

import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.api.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** The problem types of ProblemType as reusable responses, and which of them each operation can answer. */
final class ProblemResponses {

    private static final Map<ProblemType, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(ProblemType.VALIDATION, "InvalidRequest");
        NAMES.put(ProblemType.UNAUTHENTICATED, "Unauthenticated");
        NAMES.put(ProblemType.FORBIDDEN, "Forbidden");
        NAMES.put(ProblemType.NOT_FOUND, "NotFound");
        NAMES.put(ProblemType.CONFLICT, "Conflict");
        NAMES.put(ProblemType.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType");
        NAMES.put(ProblemType.RATE_LIMITED, "RateLimited");
        NAMES.put(ProblemType.UNAVAILABLE, "ServiceUnavailable");
        NAMES.put(ProblemType.INTERNAL, "InternalError");
    }

    private static final Map<ProblemType, String> DETAILS = Map.of(
            ProblemType.VALIDATION, "title must not be blank",
            ProblemType.UNAUTHENTICATED, "sign in, or send a valid bearer token",
            ProblemType.FORBIDDEN, "you do not post for authority ec3e94a9-215a-3408-8a62-d8cfc0eced84",
            ProblemType.NOT_FOUND, "no need 0b6f5f0e-4a57-4e0a-9f1e-3c1c5d1e2f3a",
            ProblemType.CONFLICT, "need is CLOSED; it can move to nothing",
            ProblemType.UNSUPPORTED_MEDIA_TYPE, "send application/json",
            ProblemType.RATE_LIMITED, "more than 20 requests a second: slow down",
            ProblemType.UNAVAILABLE, "needs-offers did not answer: it is unreachable",
            ProblemType.INTERNAL, "an unexpected error occurred; quote request id 7f3c… when reporting it");

    private ProblemResponses() {
    }

    static void register(OpenAPI openAPI) {
        NAMES.forEach((type, name) -> {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", type.type().toString());
            example.put("title", type.title());
            example.put("status", type.status());
            example.put("detail", DETAILS.get(type));
            example.put("instance", "/api/v1/needs");
            example.put("requestId", "7f3c2a9e-51d4-4f0a-9a61-2b1c8d7e6f50");
            if (type == ProblemType.VALIDATION) {
                example.put("violations", java.util.List.of(Map.of("field", "title", "message", "must not be blank")));
            }
            APIResponse response = OASFactory.createAPIResponse()
                    .description(type.title() + " (problem type " + type.type() + ")")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                            .example(example)));
            if (type == ProblemType.RATE_LIMITED || type == ProblemType.UNAVAILABLE) {
                response.addHeader("Retry-After", OASFactory.createHeader()
                        .description("seconds to wait before trying again")
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
            }
            openAPI.getComponents().addResponse(name, response);
        });
    }

    static void addTo(Operation operation, PathItem.HttpMethod method, String path, boolean secured) {
        boolean takesInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean write = method != PathItem.HttpMethod.GET;
        add(operation, ProblemType.VALIDATION, takesInput);
        add(operation, ProblemType.UNAUTHENTICATED, secured);
        add(operation, ProblemType.FORBIDDEN, secured);
        add(operation, ProblemType.NOT_FOUND, path.contains("{"));
        add(operation, ProblemType.CONFLICT, write);
        add(operation, ProblemType.UNSUPPORTED_MEDIA_TYPE, operation.getRequestBody() != null);
        add(operation, ProblemType.RATE_LIMITED, true);
        add(operation, ProblemType.UNAVAILABLE, true);
        add(operation, ProblemType.INTERNAL, true);
    }

    private static void add(Operation operation, ProblemType type, boolean applies) {
        String status = Integer.toString(type.status());
        if (applies) {
            operation.getResponses().addAPIResponse(status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + NAMES.get(type)));
        }
    }
}
