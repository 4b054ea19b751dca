package eu.twinninghub.events.conversation;

import eu.twinninghub.events.EventData;
import java.util.UUID;

/**
 * An authority expressed interest in a need, an offer or a proposal of another: a conversation
 * between the two is open. The messages themselves stay in matching, never on the topic: only the
 * two authorities may read them.
 */
public record ConversationOpened(UUID conversationId, String subjectKind, UUID subjectId, UUID openedByAuthorityId,
                                 UUID withAuthorityId, String language) implements EventData {

    @Override
    public UUID aggregateId() {
        return conversationId;
    }
}
