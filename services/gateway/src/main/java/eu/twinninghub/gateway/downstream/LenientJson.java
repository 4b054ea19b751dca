package eu.twinninghub.gateway.downstream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * Reads services' answers tolerantly. Callers' bodies must not carry unknown fields, but a service
 * deployed a version ahead of the gateway may add one to its answers; that must not break reads.
 */
public class LenientJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    public LenientJson(ObjectMapper strict) {
        this.mapper = strict.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
