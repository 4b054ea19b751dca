package eu.twinninghub.matching.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A side's report of abuse in a conversation, for the platform admins. */
@Entity
public class ConversationReport extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID conversationId;
    public UUID authorityId;
    public String reportedBy;
    public String reason;
    public Instant reportedAt;
}
