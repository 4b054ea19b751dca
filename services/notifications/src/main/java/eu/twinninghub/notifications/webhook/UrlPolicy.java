package eu.twinninghub.notifications.webhook;

import eu.twinninghub.notifications.config.WebhooksConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the platform may send webhooks: http(s) URLs whose host resolves only to public
 * addresses ({@link AddressPolicy}); loopback only where configured (local runs and tests). A
 * subscription must not turn the platform into a probe of its own network. Checked when a
 * subscription is saved and again at each delivery, which then connects to the very address that
 * was checked: a name that resolves elsewhere a second later (DNS rebinding) gains nothing.
 */
@ApplicationScoped
public class UrlPolicy {

    /** A URL that may be used, and the checked address to connect to for it. */
    public record Target(URI uri, InetAddress address) {

        public boolean secure() {
            return uri.getScheme().equalsIgnoreCase("https");
        }

        public int port() {
            return uri.getPort() != -1 ? uri.getPort() : secure() ? 443 : 80;
        }

        /** What the request line carries: the path (at least "/") and the query. */
        public String requestUri() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /** Either a target or why the URL is refused. */
    public record Checked(Optional<Target> target, Optional<String> refusal) {

        static Checked refused(String why) {
            return new Checked(Optional.empty(), Optional.of(why));
        }

        static Checked allowed(Target target) {
            return new Checked(Optional.of(target), Optional.empty());
        }
    }

    private final WebhooksConfig config;
    private final Names names;

    public UrlPolicy(WebhooksConfig config, Names names) {
        this.config = config;
        this.names = names;
    }

    /** Why the URL is refused, or empty if it may be used. */
    public Optional<String> refusal(String url) {
        return check(url).refusal();
    }

    public Checked check(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Checked.refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Checked.refused("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Checked.refused("has no host");
        }
        if (uri.getRawUserInfo() != null) {
            return Checked.refused("must not carry a user name or password; the signature authenticates us");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        InetAddress[] addresses;
        try {
            addresses = names.resolve(host);
        } catch (UnknownHostException e) {
            return Checked.refused("has a host name that does not resolve");
        }
        // Every address the name has must pass: a resolver may hand any of them out next time.
        for (InetAddress address : addresses) {
            Optional<String> why = AddressPolicy.refusal(address, config.allowLoopback());
            if (why.isPresent()) {
                return Checked.refused("points at an address that " + why.get());
            }
        }
        if (addresses.length == 0) {
            return Checked.refused("has a host name that does not resolve");
        }
        return Checked.allowed(new Target(uri, addresses[0]));
    }
}
