package eu.twinninghub.api.conversation;

import eu.twinninghub.api.language.WrittenLanguage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Let's talk" about a need, an offer or a proposal. {@code withAuthorityId} names the other side
 * only where a proposal has several (a cluster) and the need's side opens the conversation.
 */
@Schema(name = "ExpressInterest", example = """
        {"subjectKind": "NEED", "subjectId": "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c03",
         "text": "Our utility renovated twelve schools with heat pumps; we would gladly share how.",
         "language": "en"}""")
public record ExpressInterest(
        @NotNull @Pattern(regexp = "NEED|OFFER|MATCH", message = "must be NEED, OFFER or MATCH") String subjectKind,
        @NotNull UUID subjectId,
        UUID withAuthorityId,
        @NotBlank @Size(max = MessageInput.MAX_LENGTH) String text,
        @NotNull @WrittenLanguage String language) {
}
