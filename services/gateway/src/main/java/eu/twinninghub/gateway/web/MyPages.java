package eu.twinninghub.gateway.web;

import eu.twinninghub.gateway.api.DashboardResource;
import eu.twinninghub.gateway.api.NotificationGateway;
import eu.twinninghub.gateway.downstream.DownstreamAnswer;
import eu.twinninghub.service.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The signed-in person's own pages: the dashboard, the inbox, the language they chose. */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyPages {

    private static final int INBOX_PAGE = 20;

    private final Pages pages;
    private final Language language;
    private final DashboardResource dashboard;
    private final NotificationGateway notifications;

    public MyPages(Pages pages, Language language, DashboardResource dashboard, NotificationGateway notifications) {
        this.pages = pages;
        this.language = language;
        this.dashboard = dashboard;
        this.notifications = notifications;
    }

    @GET
    public TemplateInstance dashboard(@RestQuery String done) {
        return pages.localized(Views.dashboard(pages.frame(), dashboard.dashboard(), done, pages.actingFor().isPresent(),
                pages.mayJoin(), pages.decidesClaims()));
    }

    @GET
    @Path("inbox")
    public TemplateInstance inbox(@RestQuery String cursor) {
        return pages.localized(Views.inbox(pages.frame(),
                notifications.list(null, false, pages.lang(), PostingForm.blankToNull(cursor), INBOX_PAGE)));
    }

    @POST
    @Path("inbox/read-all")
    public Response readAll() {
        notifications.markAllRead(null);
        return Pages.seeOther("/app/inbox");
    }

    @POST
    @Path("language")
    public Response language(@RestForm String lang, @RestForm String back) {
        language.choose(lang);
        return Pages.seeOther(Pages.localPath(back));
    }

    /** Refusals as pages in the reader's language; a missing sign-in still goes to Keycloak. */
    @ServerExceptionMapper({DownstreamAnswer.class, ProblemException.class, WebApplicationException.class,
            ForbiddenException.class})
    public Response failed(RuntimeException failure) {
        return pages.error(failure);
    }

    @ServerExceptionMapper
    public Uni<Response> signIn(UnauthorizedException notSignedIn, RoutingContext context) {
        return Pages.signIn(context);
    }
}
