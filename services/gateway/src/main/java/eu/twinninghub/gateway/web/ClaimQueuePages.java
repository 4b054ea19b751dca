package eu.twinninghub.gateway.web;

import eu.twinninghub.api.claim.ClaimDecision;
import eu.twinninghub.gateway.api.ClaimGateway;
import eu.twinninghub.gateway.downstream.DownstreamAnswer;
import eu.twinninghub.service.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The verification queue as a page: each waiting claim with its evidence and the hints that help
 * judge it, and the decision. Which claims a person sees and may decide is the service's rule.
 */
@Path("/app/claims")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class ClaimQueuePages {

    private final Pages pages;
    private final ClaimGateway claims;

    public ClaimQueuePages(Pages pages, ClaimGateway claims) {
        this.pages = pages;
        this.claims = claims;
    }

    @GET
    public TemplateInstance queue(@RestQuery String done) {
        return queue(done, null, new FormErrors());
    }

    /** {@code decision} is {@code approve} or {@code reject}; a rejection needs the reason the person is told. */
    @POST
    @Path("{id}/decision")
    public Object decide(@RestPath UUID id, @RestForm String decision, @RestForm String reason, @RestForm String role) {
        FormErrors errors = new FormErrors();
        boolean approve = "approve".equals(decision);
        if (!approve && !"reject".equals(decision)) {
            errors.add("decision", pages.msg().errorDecision());
        }
        if (!approve && PostingForm.blankToNull(reason) == null) {
            errors.add("reason", pages.msg().errorRejectReason());
        }
        if (!errors.isEmpty()) {
            return Pages.invalid(queue(null, id, errors));
        }
        try {
            claims.decide(id, new ClaimDecision(approve, PostingForm.blankToNull(reason), PostingForm.blankToNull(role)));
            return Pages.seeOther("/app/claims?done=" + (approve ? "claimApproved" : "claimRejected"));
        } catch (DownstreamAnswer refused) {
            errors.addRefusal(refused);
            return Pages.invalid(queue(null, id, errors));
        }
    }

    @ServerExceptionMapper({DownstreamAnswer.class, ProblemException.class, WebApplicationException.class,
            ForbiddenException.class})
    public Response failed(RuntimeException failure) {
        return pages.error(failure);
    }

    @ServerExceptionMapper
    public Uni<Response> signIn(UnauthorizedException notSignedIn, RoutingContext context) {
        return Pages.signIn(context);
    }

    private TemplateInstance queue(String done, UUID failed, FormErrors errors) {
        return pages.localized(Views.claims(pages.frame(), claims.queue(), done, failed, errors));
    }
}
