package eu.twinninghub.gateway.web;

import eu.twinninghub.api.authority.AuthorityQuery;
import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.claim.ClaimInput;
import eu.twinninghub.api.claim.ClaimState;
import eu.twinninghub.api.claim.ClaimView;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.gateway.api.AuthorityGateway;
import eu.twinninghub.gateway.api.ClaimGateway;
import eu.twinninghub.gateway.downstream.DownstreamAnswer;
import eu.twinninghub.service.problem.ProblemException;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * "Join your authority": a signed-in person with no authority finds theirs in the register and
 * claims it, or proposes one that is missing, and follows their claim until it is decided.
 */
@Path("/app/join")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class JoinPages {

    private static final int RESULTS = 20;

    private final Pages pages;
    private final ClaimGateway claims;
    private final AuthorityGateway authorities;
    private final OidcSession session;

    public JoinPages(Pages pages, ClaimGateway claims, AuthorityGateway authorities, OidcSession session) {
        this.pages = pages;
        this.claims = claims;
        this.authorities = authorities;
        this.session = session;
    }

    @GET
    public TemplateInstance join(@RestQuery String q, @RestQuery String country, @RestQuery String cursor,
                                 @RestQuery String done) {
        Search search = Search.of(q, null, country == null ? null : country.strip().toUpperCase(), cursor);
        Page<AuthorityView> results = null;
        if (search.q() != null || search.filter() != null) {
            results = authorities.list(new AuthorityQuery(search.q(), search.filter(), null, null, null, null, null,
                    search.cursor(), RESULTS));
        }
        List<ClaimView> mine = claims.mine();
        boolean approvedButNotYetActing = pages.mayJoin()
                && mine.stream().anyMatch(claim -> claim.state() == ClaimState.APPROVED);
        return pages.localized(Views.join(pages.frame(), mine, results, search, done, !pages.mayJoin(),
                approvedButNotYetActing));
    }

    @GET
    @Path("claim/{authorityId}")
    public TemplateInstance claimForm(@RestPath UUID authorityId) {
        return form(ClaimForm.forAuthority(authorityId), new FormErrors());
    }

    @GET
    @Path("new")
    public TemplateInstance proposeForm(@RestQuery String country) {
        return form(ClaimForm.proposing(PostingForm.blankToNull(country)), new FormErrors());
    }

    @POST
    public Object claim(@BeanParam ClaimForm form) {
        FormErrors errors = new FormErrors();
        ClaimInput input = form.toInput(errors, pages.msg());
        if (input == null) {
            return Pages.invalid(form(form, errors));
        }
        try {
            claims.claim(input);
            return Pages.seeOther("/app/join?done=claimed");
        } catch (DownstreamAnswer refused) {
            errors.addRefusal(refused);
            return Pages.invalid(form(form, errors));
        }
    }

    @POST
    @Path("claims/{id}/withdraw")
    public Response withdraw(@RestPath UUID id) {
        claims.withdraw(id);
        return Pages.seeOther("/app/join?done=withdrawn");
    }

    /**
     * After an approval the person's sign-in still holds the token from before it. Ending only this
     * site's session (not Keycloak's) makes the next page sign in again at once, without a password,
     * and the new token carries the authority.
     */
    @POST
    @Path("refresh")
    public Uni<Response> refresh() {
        return session.logout().replaceWith(() -> Pages.seeOther("/app"));
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

    private TemplateInstance form(ClaimForm form, FormErrors errors) {
        AuthorityView authority = form.proposesNew() ? null : authorities.get(form.existing());
        return pages.localized(Views.claimForm(pages.frame(), form, authority, errors));
    }
}
