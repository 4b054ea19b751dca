package eu.twinninghub.api.conversation;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a conversation is closed, shown in the thread; optional. */
@Schema(name = "CloseRequest", example = """
        {"reason": "We agreed to continue by e-mail."}""")
public record CloseRequest(@Size(max = 2000) String reason) {
}
