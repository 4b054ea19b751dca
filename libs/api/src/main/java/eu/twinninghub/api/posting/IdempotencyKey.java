package eu.twinninghub.api.posting;

/**
 * A key the caller chooses for one posting, so that sending the same request again — after a
 * timeout, a dropped mobile connection, a crashed client — never posts it twice.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    public static final String DESCRIPTION = "Send an `Idempotency-Key` header (any unique string, e.g. a UUID) to make"
            + " the request safe to repeat: a repeat with the same key by the same caller answers the posting the"
            + " first request created (201, same Location) and creates nothing.";

    private IdempotencyKey() {
    }
}
