package eu.twinninghub.matching.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;

/** A platform admin read the thread: kept with it, and shown to both authorities. */
@Entity
public class ConversationAdminRead extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conversation_id")
    public Conversation conversation;

    public String admin;
    public Instant readAt;
}
