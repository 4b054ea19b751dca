package eu.twinninghub.api.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is wrong, for the platform admins who look at the report. */
@Schema(name = "ReportRequest", example = """
        {"reason": "The messages advertise a private company, not a municipality."}""")
public record ReportRequest(@NotBlank @Size(max = 2000) String reason) {
}
