package eu.twinninghub.gateway.downstream;

import eu.twinninghub.service.web.RequestIds;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Puts the caller's token, request id and language on every call to a service. */
public class Forwarding implements ClientRequestFilter {

    private final Outgoing outgoing;

    public Forwarding(Outgoing outgoing) {
        this.outgoing = outgoing;
    }

    @Override
    public void filter(ClientRequestContext request) {
        String token = outgoing.bearerToken();
        if (token != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (outgoing.requestId() != null) {
            request.getHeaders().putSingle(RequestIds.HEADER, outgoing.requestId());
        }
        if (outgoing.acceptLanguage() != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, outgoing.acceptLanguage());
        }
    }
}
