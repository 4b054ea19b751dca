package eu.twinninghub.api.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A conversation as its reader sees it. {@code unread} counts the other side's messages the
 * reader's authority has not read; {@code messages} is empty in lists. {@code adminReads} tells the
 * two authorities when a platform admin read the thread. {@code matchId}: the proposal made from it.
 */
@Schema(name = "Conversation")
public record ConversationView(UUID id, String subjectKind, UUID subjectId, List<ConversationSide> sides,
                               String status, Instant openedAt, Instant lastMessageAt, int unread,
                               Instant closedAt, String closedBy, String closeReason, boolean reported,
                               UUID matchId, List<MessageView> messages, List<AdminRead> adminReads) {

    /** One of the two authorities; {@code opener} expressed the interest. */
    @Schema(name = "ConversationSide")
    public record ConversationSide(UUID authorityId, String name, String country, boolean opener) {
    }

    @Schema(name = "ConversationMessage")
    public record MessageView(UUID id, UUID authorityId, String authorName, String text, String language,
                              Instant sentAt) {
    }

    @Schema(name = "ConversationAdminRead")
    public record AdminRead(String admin, Instant readAt) {
    }
}
