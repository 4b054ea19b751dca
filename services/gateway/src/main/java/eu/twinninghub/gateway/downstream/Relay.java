package eu.twinninghub.gateway.downstream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Hands a service's own response (a creation, a file export) to the caller as the gateway's. */
public final class Relay {

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, "Content-Disposition",
            HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED);

    private Relay() {
    }

    public static Response of(Response downstream) {
        try (downstream) {
            Response.ResponseBuilder relayed = Response.status(downstream.getStatus());
            if (downstream.hasEntity()) {
                relayed.entity(downstream.readEntity(byte[].class));
            }
            KEPT_HEADERS.forEach(name -> {
                String value = downstream.getHeaderString(name);
                if (value != null) {
                    relayed.header(name, value);
                }
            });
            // The service names its own address; the caller knows only the gateway's.
            URI location = downstream.getLocation();
            if (location != null) {
                relayed.location(URI.create(location.getRawPath()));
            }
            return relayed.build();
        }
    }
}
