package eu.twinninghub.api.conversation;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The need and the offer a partnership would bind: one of each authority of the conversation, both open. */
@Schema(name = "ProposalRequest", example = """
        {"needId": "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c03", "offerId": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e004"}""")
public record ProposalRequest(@NotNull UUID needId, @NotNull UUID offerId) {
}
