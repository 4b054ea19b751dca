package eu.twinninghub.gateway.api;

import eu.twinninghub.api.conversation.CloseRequest;
import eu.twinninghub.api.conversation.ConversationApi;
import eu.twinninghub.api.conversation.ConversationView;
import eu.twinninghub.api.conversation.ExpressInterest;
import eu.twinninghub.api.conversation.MessageInput;
import eu.twinninghub.api.conversation.ProposalRequest;
import eu.twinninghub.api.conversation.ReportRequest;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.gateway.downstream.Downstream;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.downstream.Relay;
import eu.twinninghub.service.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Conversations, relayed to matching. Only the roles are checked here: whether the caller is of a
 * side is matching's to decide, since only it knows the sides, and it answers 404 to anyone else.
 */
@Authenticated
public class ConversationGateway implements ConversationApi {

    private final Downstreams downstreams;

    public ConversationGateway(Downstreams downstreams) {
        this.downstreams = downstreams;
    }

    private Downstream<ConversationApi> service() {
        return downstreams.conversations();
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public Response open(ExpressInterest interest) {
        return Relay.of(service().write(api -> api.open(interest)));
    }

    @Override
    public Page<ConversationView> list(String status, Boolean reported, String cursor, int limit) {
        return service().read(api -> api.list(status, reported, cursor, limit));
    }

    @Override
    public ConversationView get(UUID id) {
        return service().read(api -> api.get(id));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public ConversationView write(UUID id, MessageInput message) {
        return service().write(api -> api.write(id, message));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public ConversationView markRead(UUID id) {
        return service().write(api -> api.markRead(id));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN, Roles.PLATFORM_ADMIN})
    public ConversationView close(UUID id, CloseRequest request) {
        return service().write(api -> api.close(id, request));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public ConversationView report(UUID id, ReportRequest request) {
        return service().write(api -> api.report(id, request));
    }

    @Override
    @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.AUTHORITY_ADMIN})
    public ConversationView propose(UUID id, ProposalRequest request) {
        return service().write(api -> api.propose(id, request));
    }
}
