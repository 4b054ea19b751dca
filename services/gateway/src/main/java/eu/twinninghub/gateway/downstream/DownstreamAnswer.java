package eu.twinninghub.gateway.downstream;

/**
 * A service answered with an error of its own (a problem+json body, already naming the field, the
 * state or the rule): the gateway passes it to the caller unchanged.
 */
public class DownstreamAnswer extends RuntimeException {

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final String retryAfter;

    public DownstreamAnswer(int status, String contentType, byte[] body, String retryAfter) {
        super("downstream answered " + status, null, false, false);
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    public String retryAfter() {
        return retryAfter;
    }

    /** The service itself failed or is overloaded: counts against it, unlike a refusal of the request. */
    public boolean isServerFailure() {
        return status >= 500;
    }

    /** Worth another attempt for an idempotent call: the service is restarting or overloaded. */
    public boolean isTransient() {
        return status == 502 || status == 503 || status == 504;
    }
}
