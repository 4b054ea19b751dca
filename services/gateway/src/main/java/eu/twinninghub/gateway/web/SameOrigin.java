package eu.twinninghub.gateway.web;

import eu.twinninghub.api.problem.ProblemType;
import eu.twinninghub.service.problem.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A form of these pages may only be posted from these pages (OWASP's origin check, on top of the
 * SameSite=Lax session cookie), so that no other site can make a signed-in town hall accept or
 * decline anything. A post must name this site in {@code Origin}, or carry {@code Sec-Fetch-Site:
 * same-origin}; one with neither is refused. The path is judged decoded and normalised, as the
 * router sees it: {@code /%61pp/...} and {@code /x/../app/...} are pages too.
 */
public class SameOrigin {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    public void check(HttpServerRequest request) {
        if (SAFE.contains(request.method().name()) || !isPage(normalised(request.path()))) {
            return;
        }
        String origin = request.getHeader("Origin");
        String site = request.getHeader("Sec-Fetch-Site");
        if (origin != null) {
            String host = request.getHeader("Host");
            if (host == null || !host.equalsIgnoreCase(authorityOf(origin))) {
                throw new ProblemException(ProblemType.FORBIDDEN, "a form of this site was posted from " + origin);
            }
        } else if (!"same-origin".equals(site)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "a form of this site is posted from its own pages only"
                    + " (the browser names them in Origin or Sec-Fetch-Site)");
        }
        if (site != null && !"same-origin".equals(site)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "a form of this site was posted from a " + site + " page");
        }
    }

    /** The path decoded (a {@code +} stays a plus) with its dot segments resolved and empty ones dropped. */
    static String normalised(String rawPath) {
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = rawPath;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static String authorityOf(String origin) {
        try {
            return URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isPage(String path) {
        return path.equals("/language") || path.equals("/app") || path.startsWith("/app/");
    }
}
