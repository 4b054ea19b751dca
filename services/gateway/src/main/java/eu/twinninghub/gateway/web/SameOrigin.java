package eu.twinninghub.gateway.web;

import eu.twinninghub.api.problem.ProblemType;
import eu.twinninghub.service.problem.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A form of these pages may only be posted from these pages. The session cookie is SameSite=Lax
 * already; this also refuses a post whose Origin names another site (OWASP's origin check), so
 * that no other page can make a signed-in town hall accept or decline anything.
 */
public class SameOrigin {

    @ServerRequestFilter
    public void check(HttpServerRequest request) {
        if (!"POST".equals(request.method().name()) || !isPage(request.path())) {
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            // Not a browser's cross-site post (browsers send Origin with every form post).
            return;
        }
        String host = request.getHeader("Host");
        if (host == null || !host.equalsIgnoreCase(authorityOf(origin))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "a form of this site was posted from " + origin);
        }
    }

    private static String authorityOf(String origin) {
        try {
            return URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isPage(String path) {
        return path.equals("/language") || path.startsWith("/app/");
    }
}
