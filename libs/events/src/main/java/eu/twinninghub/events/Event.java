package eu.twinninghub.events;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * The CloudEvents 1.0 envelope of one event: {@code id} is what consumers deduplicate on,
 * {@code subject} the aggregate id (also the Kafka record key, so one aggregate's events stay
 * in order), {@code source} the service that produced it.
 */
public record Event<T extends EventData>(UUID id, EventType type, URI source, String subject, OffsetDateTime time,
                                         T data) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.dataClass().getSimpleName()
                    + ", not " + data.getClass().getSimpleName());
        }
    }

    /** A new event with a fresh id, produced by {@code service} now. */
    public static <T extends EventData> Event<T> of(String service, T data, Clock clock) {
        return new Event<>(UUID.randomUUID(), EventType.of(data), URI.create("/" + service),
                data.aggregateId().toString(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), data);
    }

    /** The same event under another version of its type, for a reader who asked for that version. */
    public Event<T> as(EventType version) {
        if (version.current() != type.current()) {
            throw new IllegalArgumentException(version.type() + " is not a version of " + type.type());
        }
        return new Event<>(id, version, source, subject, time, data);
    }

    /** The service that produced the event: its source without the leading slash of {@link #of}. */
    public String service() {
        String name = source.toString();
        return name.startsWith("/") ? name.substring(1) : name;
    }

    public String topic() {
        return type.topic();
    }
}
