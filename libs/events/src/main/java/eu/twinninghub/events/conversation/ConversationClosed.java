package eu.twinninghub.events.conversation;

import eu.twinninghub.events.EventData;
import java.util.List;
import java.util.UUID;

/** A conversation was closed by one of its sides, or by a platform admin ({@code byAuthorityId} null). */
public record ConversationClosed(UUID conversationId, UUID byAuthorityId, List<UUID> authorityIds)
        implements EventData {

    @Override
    public UUID aggregateId() {
        return conversationId;
    }
}
