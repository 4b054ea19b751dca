package eu.twinninghub.notifications.webhook;

import eu.twinninghub.notifications.config.WebhooksConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the platform may send webhooks: http(s) only, and never to link-local, "any" or multicast
 * addresses or cloud metadata endpoints — a subscription must not turn the platform into a probe
 * of its own network. Loopback only where configured (local runs and tests). Checked when a
 * subscription is made and again before each attempt, since a name can resolve elsewhere later.
 */
@ApplicationScoped
public class UrlPolicy {

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata",
            "instance-data", "169.254.169.254", "fd00:ec2::254");

    private final WebhooksConfig config;

    public UrlPolicy(WebhooksConfig config) {
        this.config = config;
    }

    /** Why the URL is refused, or empty if it may be used. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("has no host");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (METADATA_HOSTS.contains(host)) {
            return Optional.of("points at a cloud metadata endpoint");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("has a host name that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()
                    || METADATA_HOSTS.contains(address.getHostAddress())) {
                return Optional.of("points at a link-local, multicast or metadata address");
            }
            if (address.isLoopbackAddress() && !config.allowLoopback()) {
                return Optional.of("points at this machine");
            }
        }
        return Optional.empty();
    }
}
