package eu.twinninghub.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.gateway.downstream.DownstreamAnswer;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.security.Roles;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What every page does alike: its frame, its language, the way back after a form (303, so that a
 * reload never posts twice), and an error page in the reader's language instead of a problem body.
 */
@RequestScoped
public class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class);

    private final Language language;
    private final Caller caller;
    private final HttpServerRequest request;
    private final ObjectMapper json;

    public Pages(Language language, Caller caller, HttpServerRequest request, ObjectMapper json) {
        this.language = language;
        this.caller = caller;
        this.request = request;
        this.json = json;
    }

    public Frame frame() {
        return new Frame(language.code(), !caller.isAnonymous(), caller.isAnonymous() ? null : caller.displayName(), here());
    }

    /**
     * The address to come back to after switching the language: this page, or for a form that came
     * back with errors, the page the form was on (its own address only takes posts).
     */
    private String here() {
        if ("GET".equals(request.method().name())) {
            return request.path() + (request.query() == null ? "" : "?" + request.query());
        }
        String referer = request.getHeader("Referer");
        try {
            return referer == null ? "/" : localPath(URI.create(referer).getRawPath());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    public Msg msg() {
        return language.messages();
    }

    public PartnershipMsg partnerships() {
        return language.partnershipMessages();
    }

    public String lang() {
        return language.code();
    }

    /** The authority the signed-in person acts for; a page for one needs one. */
    public UUID myAuthority() {
        return caller.authorityId().orElseThrow(() -> ProblemException.forbidden("your sign-in acts for no authority"));
    }

    public Optional<UUID> actingFor() {
        return caller.authorityId();
    }

    /** A signed-in person who acts for no authority yet, and so may ask to join one. */
    public boolean mayJoin() {
        return AccessPolicy.claims(caller.who());
    }

    /** Someone with a verification queue of their own: a platform admin, an authority's admin. */
    public boolean decidesClaims() {
        return caller.isPlatformAdmin() || caller.hasRole(Roles.AUTHORITY_ADMIN) && caller.authorityId().isPresent();
    }

    public TemplateInstance localized(TemplateInstance page) {
        return page.setLocale(language.locale());
    }

    /** Only a path of this site, so that a crafted form cannot send the reader elsewhere. */
    public static String localPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
    }

    /** The id a service's creation answer names in its Location (the last segment of the path). */
    public static UUID createdId(Response created) {
        String path = created.getLocation().getPath();
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /**
     * Sends a person who is not signed in to Keycloak (the web tenant's code flow), where the API's
     * own mapping would answer a bare 401 problem.
     */
    public static Uni<Response> signIn(RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        return authenticator.getChallenge(context).map(challenge -> {
            Response.ResponseBuilder answer = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> answer.header(name.toString(), value));
            return answer.build();
        });
    }

    /** A form shown again with what to correct: 400, so that the browser's history and a test both see it failed. */
    public static Response invalid(TemplateInstance form) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(form.render()).build();
    }

    /** An error page with the status of the failure: what went wrong, in words, and what to do. */
    public Response error(Throwable failure) {
        int status = 500;
        String detail = null;
        if (failure instanceof DownstreamAnswer answer) {
            status = answer.status();
            detail = detailOf(answer.body());
        } else if (failure instanceof ProblemException problem) {
            status = problem.type().status();
            detail = problem.getMessage();
        } else if (failure instanceof ForbiddenException) {
            status = 403;
        } else if (failure instanceof UnauthorizedException) {
            status = 401;
        } else if (failure instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
        }
        if (status >= 500 && status != 503) {
            LOG.error("page failed", failure);
        }
        Msg msg = msg();
        String title = switch (status) {
            case 400 -> msg.errorBadRequest();
            case 401, 403 -> msg.errorForbidden();
            case 404 -> msg.errorNotFound();
            case 409 -> msg.errorConflict();
            case 429 -> msg.errorTooMany();
            case 502, 503, 504 -> msg.errorUnavailable();
            default -> msg.errorUnexpected();
        };
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(localized(Views.error(frame(), status, title, detail)).render()).build();
    }

    private String detailOf(byte[] problemJson) {
        try {
            return json.readValue(problemJson, Problem.class).detail();
        } catch (IOException e) {
            return null;
        }
    }
}
