package eu.twinninghub.events.conversation;

import eu.twinninghub.events.EventData;
import java.util.UUID;

/** One side wrote into a conversation; the other has something to read. Without the text, as for the opening. */
public record ConversationWritten(UUID conversationId, UUID messageId, UUID fromAuthorityId,
                                        UUID toAuthorityId, String language) implements EventData {

    @Override
    public UUID aggregateId() {
        return conversationId;
    }
}
