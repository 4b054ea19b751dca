package eu.twinninghub.matching.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;

/** One message, with who wrote it for which authority, and the language it is written in. */
@Entity
public class ConversationMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conversation_id")
    public Conversation conversation;

    public UUID authorityId;
    /** The person's account (token subject), which the per-person rate limit counts by. */
    public String authorId;
    public String authorName;
    public String text;
    public String language;
    public Instant sentAt;
}
