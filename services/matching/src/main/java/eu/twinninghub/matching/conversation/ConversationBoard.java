package eu.twinninghub.matching.conversation;

import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.api.conversation.ExpressInterest;
import eu.twinninghub.api.conversation.MessageInput;
import eu.twinninghub.api.conversation.ProposalRequest;
import eu.twinninghub.api.problem.ProblemType;
import eu.twinninghub.events.EventData;
import eu.twinninghub.events.conversation.ConversationClosed;
import eu.twinninghub.events.conversation.ConversationWritten;
import eu.twinninghub.events.conversation.ConversationOpened;
import eu.twinninghub.matching.config.MatchingConfig;
import eu.twinninghub.matching.engine.MatchingEngine;
import eu.twinninghub.matching.engine.Scored;
import eu.twinninghub.matching.events.OpenNeed;
import eu.twinninghub.matching.events.OpenOffer;
import eu.twinninghub.matching.partnership.PartnershipBoard;
import eu.twinninghub.matching.proposal.EngineSnapshot;
import eu.twinninghub.matching.proposal.Match;
import eu.twinninghub.matching.proposal.MatchBoard;
import eu.twinninghub.matching.proposal.MatchStatus;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The life of a conversation: opened by one authority's interest in another's need, offer or
 * proposal; a thread both sides write into, each with its own read state; closed by either side or
 * by a platform admin. Either side may turn it into a proposal the other accepts. Anyone who is not
 * staff of a side (or a platform admin, for reading and closing) is told it does not exist.
 */
@ApplicationScoped
public class ConversationBoard {

    /** The subject of an expression of interest. */
    public enum Subject {
        NEED, OFFER, MATCH
    }

    /** The conversation, and whether this call opened it (or found it open already). */
    public record Opened(Conversation conversation, boolean created) {
    }

    private final Outbox outbox;
    private final Clock clock;
    private final Caller caller;
    private final MatchingConfig.ConversationLimits limits;
    private final MatchBoard matches;
    private final EngineSnapshot snapshot;
    private final PartnershipBoard partnerships;

    public ConversationBoard(Outbox outbox, Clock clock, Caller caller, MatchingConfig config, MatchBoard matches,
                             EngineSnapshot snapshot, PartnershipBoard partnerships) {
        this.outbox = outbox;
        this.clock = clock;
        this.caller = caller;
        this.limits = config.conversations();
        this.matches = matches;
        this.snapshot = snapshot;
        this.partnerships = partnerships;
    }

    @Transactional
    public Opened open(ExpressInterest interest) {
        UUID mine = caller.authorityId().filter(a -> AccessPolicy.talksFor(caller.who(), List.of(a)))
                .orElseThrow(() -> ProblemException.forbidden("only the staff of an authority express interest in its name"));
        writable(mine);
        KnownAuthority opener = KnownAuthority.findById(mine);
        if (opener == null || !opener.isVerified()) {
            throw ProblemException.forbidden("only a verified authority expresses interest; yours is "
                    + (opener == null ? "not known yet" : opener.verification));
        }
        Subject subject = Subject.valueOf(interest.subjectKind());
        UUID other = otherSide(subject, interest.subjectId(), interest.withAuthorityId(), mine);
        if (other.equals(mine)) {
            throw ProblemException.conflict("this " + subject.name().toLowerCase() + " is your own authority's");
        }
        KnownAuthority across = KnownAuthority.findById(other);
        if (across != null && across.verification == Verification.SUSPENDED) {
            throw ProblemException.conflict(across.nameLatin + " is suspended: it cannot answer until it is reinstated");
        }
        // Two clicks at once must find one conversation, not fail on the unique index.
        lock(subject + ":" + interest.subjectId() + ":" + mine + ":" + other);
        Conversation open = Conversation.<Conversation>find("subjectKind = ?1 and subjectId = ?2 and openerAuthorityId = ?3"
                        + " and otherAuthorityId = ?4 and status = ?5", subject.name(), interest.subjectId(), mine, other,
                ConversationStatus.OPEN).firstResult();
        if (open != null) {
            if (!repeats(open, interest.text())) {
                post(open, mine, interest.text(), interest.language());
            }
            return new Opened(open, false);
        }
        Instant now = clock.instant();
        long today = Conversation.count("openerAuthorityId = ?1 and openedAt > ?2", mine, now.minus(Duration.ofDays(1)));
        if (today >= limits.openedPerAuthorityPerDay()) {
            throw tooMany("your authority opened " + today + " conversations in the last 24 hours, the most it may",
                    Duration.ofHours(1));
        }
        Conversation conversation = new Conversation();
        conversation.id = UUID.randomUUID();
        conversation.subjectKind = subject.name();
        conversation.subjectId = interest.subjectId();
        conversation.openerAuthorityId = mine;
        conversation.otherAuthorityId = other;
        conversation.openedBy = caller.displayName();
        conversation.openedAt = now;
        conversation.lastMessageAt = now;
        conversation.status = ConversationStatus.OPEN;
        conversation.persist();
        message(conversation, mine, interest.text(), interest.language());
        announce(new ConversationOpened(conversation.id, subject.name(), interest.subjectId(), mine, other,
                interest.language()));
        return new Opened(conversation, true);
    }

    /** A conversation the caller may read: staff of a side, or a platform admin, whose read is recorded. */
    @Transactional
    public Conversation visible(UUID id) {
        Conversation conversation = readable(id);
        if (!AccessPolicy.talksFor(caller.who(), conversation.sides())) {
            ConversationAdminRead read = new ConversationAdminRead();
            read.id = UUID.randomUUID();
            read.conversation = conversation;
            read.admin = caller.displayName();
            read.readAt = clock.instant();
            conversation.adminReads.add(read);
            Log.infof("platform admin %s read conversation %s between %s", caller.displayName(), id,
                    conversation.sides());
        }
        return conversation;
    }

    @Transactional
    public Conversation write(UUID id, MessageInput message) {
        Conversation conversation = mineToWrite(id);
        UUID mine = caller.authorityId().orElseThrow();
        post(conversation, mine, message.text(), message.language());
        return conversation;
    }

    @Transactional
    public Conversation markRead(UUID id) {
        Conversation conversation = ofMySide(id);
        conversation.readBy(caller.authorityId().orElseThrow());
        return conversation;
    }

    @Transactional
    public Conversation close(UUID id, String reason) {
        Conversation conversation = readable(id);
        caller.require(AccessPolicy.closesConversation(caller.who(), conversation.sides()),
                "only its two authorities and platform admins close conversation " + id);
        if (conversation.status == ConversationStatus.CLOSED) {
            throw ProblemException.conflict("conversation " + id + " was closed on " + conversation.closedAt);
        }
        UUID by = AccessPolicy.talksFor(caller.who(), conversation.sides()) ? caller.authorityId().orElseThrow() : null;
        conversation.status = ConversationStatus.CLOSED;
        conversation.closedAt = clock.instant();
        conversation.closedBy = caller.displayName();
        conversation.closeReason = reason == null || reason.isBlank() ? null : reason.strip();
        announce(new ConversationClosed(conversation.id, by, conversation.sides()));
        return conversation;
    }

    @Transactional
    public Conversation report(UUID id, String reason) {
        Conversation conversation = ofMySide(id);
        Instant now = clock.instant();
        ConversationReport report = new ConversationReport();
        report.id = UUID.randomUUID();
        report.conversationId = id;
        report.authorityId = caller.authorityId().orElseThrow();
        report.reportedBy = caller.displayName();
        report.reason = reason.strip();
        report.reportedAt = now;
        report.persist();
        if (conversation.reportedAt == null) {
            conversation.reportedAt = now;
        }
        Log.warnf("conversation %s reported by %s of %s", id, report.reportedBy, report.authorityId);
        return conversation;
    }

    /**
     * Proposes a partnership of a need and an offer of the two authorities, accepted by the
     * proposing side at once; the other side's acceptance establishes it. A pair that declined an
     * engine proposal may still agree here: both ask for it. A pair proposed already is accepted.
     */
    @Transactional
    public Conversation propose(UUID id, ProposalRequest request) {
        Conversation conversation = mineToWrite(id);
        OpenNeed need = OpenNeed.findById(request.needId());
        OpenOffer offer = OpenOffer.findById(request.offerId());
        Set<UUID> sides = Set.copyOf(conversation.sides());
        if (need == null || !need.open || !sides.contains(need.authorityId)) {
            throw ProblemException.invalid("needId", "must be an open need of one of the two authorities");
        }
        if (offer == null || !offer.open || !sides.contains(offer.authorityId)
                || offer.authorityId.equals(need.authorityId)) {
            throw ProblemException.invalid("offerId", "must be an open offer of the other authority");
        }
        if (offer.capacityLeft() == 0) {
            throw ProblemException.conflict("offer " + offer.id + " has no free places left");
        }
        Match pending = Match.<Match>find("select m from Match m join m.offers o where m.needId = ?1 and o.offerId = ?2"
                + " and m.status = ?3", need.id, offer.id, MatchStatus.PROPOSED).firstResult();
        if (pending != null) {
            return adopt(conversation, pending);
        }
        MatchingEngine engine = snapshot.holding(e -> e.need(need.id).isPresent() && e.offer(offer.id).isPresent());
        if (engine.need(need.id).isEmpty() || engine.offer(offer.id).isEmpty()) {
            throw ProblemException.conflict("need " + need.id + " and offer " + offer.id
                    + " are out of matching (a side is suspended)");
        }
        double score = engine.score(need.id, offer.id);
        Match match = matches.propose(need.id, need.authorityId, List.of(new Scored(offer.id, score)),
                List.of(offer.authorityId), score, false, engine::explain);
        matches.accept(match.id);
        conversation.matchId = match.id;
        return conversation;
    }

    /**
     * The pair is proposed already (by the engine, or by the other side): proposing it is saying
     * yes to that proposal. A cluster is answered on its own page, since a yes commits to all of it.
     */
    private Conversation adopt(Conversation conversation, Match pending) {
        if (pending.offers.size() > 1) {
            throw ProblemException.conflict("this need and offer are part of cluster proposal " + pending.id
                    + ": answer it there");
        }
        UUID mine = caller.authorityId().orElseThrow();
        Instant accepted = mine.equals(pending.needAuthorityId) ? pending.needAcceptedAt : pending.offers.get(0).acceptedAt;
        if (accepted == null) {
            matches.accept(pending.id);
        }
        conversation.matchId = pending.id;
        return conversation;
    }

    /** Staff of a side of an open conversation, whose authority is not suspended. */
    private Conversation mineToWrite(UUID id) {
        Conversation conversation = ofMySide(id);
        if (conversation.status != ConversationStatus.OPEN) {
            throw ProblemException.conflict("conversation " + id + " was closed on " + conversation.closedAt
                    + ": nothing more can be written into it");
        }
        writable(caller.authorityId().orElseThrow());
        return conversation;
    }

    private Conversation ofMySide(UUID id) {
        Conversation conversation = readable(id);
        caller.require(AccessPolicy.talksFor(caller.who(), conversation.sides()),
                "only the staff of its two authorities write in conversation " + id);
        return conversation;
    }

    /** The conversation, if the caller may read it; 404 otherwise, so that its existence does not leak. */
    private Conversation readable(UUID id) {
        Conversation conversation = Conversation.findById(id);
        if (conversation == null || !AccessPolicy.readsConversation(caller.who(), conversation.sides())) {
            throw ProblemException.notFound("conversation", id);
        }
        return conversation;
    }

    private static void writable(UUID authority) {
        KnownAuthority known = KnownAuthority.findById(authority);
        if (known != null && known.verification == Verification.SUSPENDED) {
            throw ProblemException.suspended(known.nameLatin);
        }
    }

    /** The authority across from {@code mine} in the subject; 404 for a subject that is not open, or not the caller's to see. */
    private UUID otherSide(Subject subject, UUID id, UUID with, UUID mine) {
        return switch (subject) {
            case NEED -> {
                OpenNeed need = OpenNeed.findById(id);
                if (need == null || !need.open) {
                    throw ProblemException.notFound("open need", id);
                }
                yield need.authorityId;
            }
            case OFFER -> {
                OpenOffer offer = OpenOffer.findById(id);
                if (offer == null || !offer.open) {
                    throw ProblemException.notFound("open offer", id);
                }
                yield offer.authorityId;
            }
            case MATCH -> {
                Match match = Match.findById(id);
                if (match == null || !match.sides().contains(mine)) {
                    throw ProblemException.notFound("match", id);
                }
                List<UUID> across = match.needAuthorityId.equals(mine)
                        ? match.offers.stream().map(o -> o.offerAuthorityId).distinct().toList()
                        : List.of(match.needAuthorityId);
                if (with != null) {
                    if (!across.contains(with)) {
                        throw ProblemException.invalid("withAuthorityId", "must be another side of match " + id);
                    }
                    yield with;
                }
                if (across.size() > 1) {
                    throw ProblemException.invalid("withAuthorityId",
                            "must name one of the offering authorities of this cluster proposal");
                }
                yield across.get(0);
            }
        };
    }

    /** The same text again from the same person (a second click) is not a second message. */
    private boolean repeats(Conversation conversation, String text) {
        ConversationMessage last = conversation.messages.isEmpty() ? null
                : conversation.messages.get(conversation.messages.size() - 1);
        return last != null && last.authorId.equals(caller.id()) && last.text.equals(text.strip());
    }

    private void post(Conversation conversation, UUID mine, String text, String language) {
        ConversationMessage message = message(conversation, mine, text, language);
        announce(new ConversationWritten(conversation.id, message.id, mine, conversation.across(mine), language));
    }

    private ConversationMessage message(Conversation conversation, UUID mine, String text, String language) {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        long byPerson = ConversationMessage.count("authorId = ?1 and sentAt > ?2", caller.id(), hourAgo);
        if (byPerson >= limits.messagesPerPersonPerHour()) {
            throw tooMany("you wrote " + byPerson + " messages in the last hour, the most one person may",
                    Duration.ofMinutes(10));
        }
        long byAuthority = ConversationMessage.count("authorityId = ?1 and sentAt > ?2", mine, hourAgo);
        if (byAuthority >= limits.messagesPerAuthorityPerHour()) {
            throw tooMany("your authority wrote " + byAuthority + " messages in the last hour, the most it may",
                    Duration.ofMinutes(10));
        }
        ConversationMessage message = new ConversationMessage();
        message.id = UUID.randomUUID();
        message.conversation = conversation;
        message.authorityId = mine;
        message.authorId = caller.id();
        message.authorName = caller.displayName();
        message.text = text.strip();
        message.language = language;
        message.sentAt = now;
        conversation.messages.add(message);
        conversation.lastMessageAt = now;
        conversation.wroteBy(mine);
        partnerships.talked(mine, conversation.across(mine), now);
        return message;
    }

    private static ProblemException tooMany(String detail, Duration retryAfter) {
        return ProblemException.retryLater(ProblemType.RATE_LIMITED, detail + "; try again later", retryAfter);
    }

    private static void lock(String key) {
        Objects.requireNonNull(Conversation.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", key).getSingleResult());
    }

    private void announce(EventData data) {
        outbox.add(data);
    }
}
