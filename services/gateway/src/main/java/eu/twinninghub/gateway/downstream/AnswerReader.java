package eu.twinninghub.gateway.downstream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Keeps a service's error answer whole (status, type, body) instead of a generic client exception. */
public class AnswerReader implements ResponseExceptionMapper<DownstreamAnswer> {

    @Override
    public DownstreamAnswer toThrowable(Response response) {
        byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
        return new DownstreamAnswer(response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE), body,
                response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }
}
