package eu.twinninghub.matching.web;

import eu.twinninghub.api.conversation.CloseRequest;
import eu.twinninghub.api.conversation.ConversationApi;
import eu.twinninghub.api.conversation.ConversationView;
import eu.twinninghub.api.conversation.ConversationView.AdminRead;
import eu.twinninghub.api.conversation.ConversationView.ConversationSide;
import eu.twinninghub.api.conversation.ConversationView.MessageView;
import eu.twinninghub.api.conversation.ExpressInterest;
import eu.twinninghub.api.conversation.MessageInput;
import eu.twinninghub.api.conversation.ProposalRequest;
import eu.twinninghub.api.conversation.ReportRequest;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.matching.conversation.Conversation;
import eu.twinninghub.matching.conversation.ConversationBoard;
import eu.twinninghub.matching.conversation.ConversationStatus;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.web.Keyset;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Authenticated
public class ConversationResource implements ConversationApi {

    private final ConversationBoard board;
    private final Caller caller;

    public ConversationResource(ConversationBoard board, Caller caller) {
        this.board = board;
        this.caller = caller;
    }

    @Override
    @Transactional
    public Response open(ExpressInterest interest) {
        ConversationBoard.Opened opened = board.open(interest);
        ConversationView view = view(opened.conversation(), true);
        URI address = URI.create("/api/v1/conversations/" + view.id());
        // The open one found again is named too, so that a client follows Location either way.
        return (opened.created() ? Response.created(address) : Response.ok().location(address)).entity(view).build();
    }

    @Override
    @Transactional
    public Page<ConversationView> list(String status, Boolean reported, String cursor, int limit) {
        UUID mine = caller.isPlatformAdmin() ? null : caller.authorityId().orElse(new UUID(0, 0));
        Keyset.Query query = Keyset.Query.of("select c from Conversation c")
                .filter("(c.openerAuthorityId = :mine or c.otherAuthorityId = :mine)", "mine", mine)
                .filter("c.status = :status", "status", status == null ? null : ConversationStatus.valueOf(status))
                .filter("((:reported = true and c.reportedAt is not null) or (:reported = false and c.reportedAt is null))",
                        "reported", reported)
                .newestFirst("c.lastMessageAt", "c.id", cursor, Instant::parse, UUID::fromString);
        List<Conversation> rows = Conversation.<Conversation>find(query.text(), query.params()).range(0, limit).list();
        Map<UUID, KnownAuthority> authorities = authoritiesOf(rows);
        return Keyset.page(rows, limit, last -> Keyset.cursor(last.lastMessageAt, last.id),
                c -> view(c, false, authorities));
    }

    @Override
    @Transactional
    public ConversationView get(UUID id) {
        return view(board.visible(id), true);
    }

    @Override
    @Transactional
    public ConversationView write(UUID id, MessageInput message) {
        return view(board.write(id, message), true);
    }

    @Override
    @Transactional
    public ConversationView markRead(UUID id) {
        return view(board.markRead(id), true);
    }

    @Override
    @Transactional
    public ConversationView close(UUID id, CloseRequest request) {
        return view(board.close(id, request == null ? null : request.reason()), true);
    }

    @Override
    @Transactional
    public ConversationView report(UUID id, ReportRequest request) {
        return view(board.report(id, request.reason()), true);
    }

    @Override
    @Transactional
    public ConversationView propose(UUID id, ProposalRequest request) {
        return view(board.propose(id, request), true);
    }

    private ConversationView view(Conversation c, boolean thread) {
        return view(c, thread, authoritiesOf(List.of(c)));
    }

    private ConversationView view(Conversation c, boolean thread, Map<UUID, KnownAuthority> authorities) {
        List<ConversationSide> sides = List.of(side(c.openerAuthorityId, true, authorities),
                side(c.otherAuthorityId, false, authorities));
        List<MessageView> messages = thread ? c.messages.stream().map(m -> new MessageView(m.id, m.authorityId,
                m.authorName, m.text, m.language, m.sentAt)).toList() : List.of();
        List<AdminRead> reads = thread ? c.adminReads.stream().map(r -> new AdminRead(r.admin, r.readAt)).toList()
                : List.of();
        return new ConversationView(c.id, c.subjectKind, c.subjectId, sides, c.status.name(), c.openedAt,
                c.lastMessageAt, c.unreadFor(caller.authorityId().orElse(null)), c.closedAt, c.closedBy, c.closeReason,
                c.reportedAt != null, c.matchId, messages, reads);
    }

    private static ConversationSide side(UUID id, boolean opener, Map<UUID, KnownAuthority> authorities) {
        KnownAuthority known = authorities.get(id);
        return new ConversationSide(id, known == null ? null : known.nameLatin, known == null ? null : known.country,
                opener);
    }

    /** The authorities of a page of conversations, read at once. */
    private static Map<UUID, KnownAuthority> authoritiesOf(Collection<Conversation> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(c -> ids.addAll(c.sides()));
        Map<UUID, KnownAuthority> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            KnownAuthority.<KnownAuthority>list("id in ?1", ids).forEach(a -> byId.put(a.id, a));
        }
        return byId;
    }
}
