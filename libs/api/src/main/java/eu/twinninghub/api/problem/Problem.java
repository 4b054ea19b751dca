package eu.twinninghub.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error the platform answers. {@code violations}
 * names each invalid field so that a form can show the message next to it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail",
        example = """
                {"type":"https://twinninghub.eu/problems/validation","title":"Invalid request","status":400,
                 "detail":"2 fields are invalid","instance":"/api/v1/needs",
                 "violations":[{"field":"title","message":"must not be blank"}]}""")
public record Problem(URI type, String title, int status, String detail,
                      @Schema(format = "uri-reference", description = "the path of the request that failed") URI instance,
                      String requestId,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** One invalid field: its path in the request (e.g. {@code contacts[0].email}) and why. */
    @Schema(name = "Violation")
    public record Violation(String field, String message) {
    }
}
