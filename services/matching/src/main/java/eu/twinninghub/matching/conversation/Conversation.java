package eu.twinninghub.matching.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Two authorities talking about a need, an offer or a proposal; opened by one's interest in the other's. */
@Entity
public class Conversation extends PanacheEntityBase {

    @Id
    public UUID id;

    public String subjectKind;
    public UUID subjectId;
    public UUID openerAuthorityId;
    public UUID otherAuthorityId;
    public String openedBy;
    public Instant openedAt;
    public Instant lastMessageAt;
    public int openerUnread;
    public int otherUnread;

    @Enumerated(EnumType.STRING)
    public ConversationStatus status;

    public Instant closedAt;
    public String closedBy;
    public String closeReason;
    public Instant reportedAt;
    public UUID matchId;

    @Version
    public long version;

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sentAt, id")
    public List<ConversationMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("readAt")
    public List<ConversationAdminRead> adminReads = new ArrayList<>();

    public List<UUID> sides() {
        return List.of(openerAuthorityId, otherAuthorityId);
    }

    /** The side across from {@code authority}. */
    public UUID across(UUID authority) {
        return authority.equals(openerAuthorityId) ? otherAuthorityId : openerAuthorityId;
    }

    /** What {@code authority}'s side has not read yet. */
    public int unreadFor(UUID authority) {
        if (authority == null) {
            return 0;
        }
        return authority.equals(openerAuthorityId) ? openerUnread : authority.equals(otherAuthorityId) ? otherUnread : 0;
    }

    /** {@code authority}'s side read everything; the other side has one more message to read. */
    void wroteBy(UUID authority) {
        if (authority.equals(openerAuthorityId)) {
            openerUnread = 0;
            otherUnread++;
        } else {
            otherUnread = 0;
            openerUnread++;
        }
    }

    void readBy(UUID authority) {
        if (authority.equals(openerAuthorityId)) {
            openerUnread = 0;
        } else if (authority.equals(otherAuthorityId)) {
            otherUnread = 0;
        }
    }
}
