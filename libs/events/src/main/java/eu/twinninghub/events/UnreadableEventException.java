package eu.twinninghub.events;

/**
 * A record that is not a valid event of this platform: not a CloudEvent, an unknown type, or
 * data that does not fit its type. Consumers send it to the dead-letter topic with this message.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
