package eu.twinninghub.api.webhook;

/**
 * How the last attempt of a delivery ended, as a category only: a socket's error text would tell
 * a caller which ports answer where, so none is ever shown.
 */
public enum DeliveryOutcome {
    /** The receiver answered 2xx. */
    DELIVERED,
    /** The receiver answered another status ({@code lastStatus}). */
    HTTP_ERROR,
    /** Connected, but no answer in time. */
    TIMEOUT,
    /** No connection could be made (name, connection, TLS). */
    UNREACHABLE,
    /** The URL no longer passes the address policy, so nothing was sent. */
    REFUSED,
    /** The subscription was deleted before the delivery went out. */
    UNSUBSCRIBED
}
