package eu.twinninghub.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns events into Kafka records and back, in CloudEvents binary content mode: attributes in
 * {@code ce_*} headers, the data as JSON in the value. Writing and reading go through the
 * CloudEvents Java SDK, so any CloudEvents-aware consumer (SmallRye, Knative, partner tools)
 * reads what we write.
 */
public final class EventCodec {

    public static final String CONTENT_TYPE = "application/json";

    private final ObjectMapper json;

    public EventCodec() {
        this.json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Newer producers may add optional fields (schema evolution within v1).
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public byte[] dataBytes(EventData data) {
        try {
            return json.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + data.getClass().getSimpleName(), e);
        }
    }

    public CloudEvent toCloudEvent(Event<?> event) {
        return CloudEventBuilder.v1()
                .withId(event.id().toString())
                .withType(event.type().type())
                .withSource(event.source())
                .withSubject(event.subject())
                .withTime(event.time())
                .withDataContentType(CONTENT_TYPE)
                .withDataSchema(event.type().dataSchema())
                .withData(dataBytes(event.data()))
                .build();
    }

    public ProducerRecord<String, byte[]> toRecord(Event<?> event) {
        return toRecord(event.topic(), event.subject(), toCloudEvent(event));
    }

    /** A record in binary content mode, keyed by the aggregate id so that its events keep their order. */
    public ProducerRecord<String, byte[]> toRecord(String topic, String aggregateId, CloudEvent cloudEvent) {
        return KafkaMessageFactory.createWriter(topic, aggregateId).writeBinary(cloudEvent);
    }

    public Event<?> fromRecord(ConsumerRecord<?, byte[]> record) {
        CloudEvent cloudEvent;
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record);
            cloudEvent = reader.toEvent();
        } catch (RuntimeException e) {
            throw new UnreadableEventException("not a CloudEvent: " + e.getMessage(), e);
        }
        return fromCloudEvent(cloudEvent);
    }

    public Event<?> fromCloudEvent(CloudEvent cloudEvent) {
        EventType type = EventType.ofType(cloudEvent.getType())
                .orElseThrow(() -> new UnreadableEventException("unknown event type " + cloudEvent.getType()));
        if (cloudEvent.getData() == null) {
            throw new UnreadableEventException(type.type() + " " + cloudEvent.getId() + " has no data");
        }
        if (cloudEvent.getSubject() == null || cloudEvent.getTime() == null) {
            throw new UnreadableEventException(type.type() + " " + cloudEvent.getId() + " lacks subject or time");
        }
        UUID id;
        try {
            id = UUID.fromString(cloudEvent.getId());
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("event id is not a UUID: " + cloudEvent.getId(), e);
        }
        EventData data = readData(type, cloudEvent.getData().toBytes());
        if (!data.aggregateId().toString().equals(cloudEvent.getSubject())) {
            throw new UnreadableEventException(type.type() + " " + id + ": subject " + cloudEvent.getSubject()
                    + " is not the aggregate id " + data.aggregateId());
        }
        return new Event<>(id, type, cloudEvent.getSource(), cloudEvent.getSubject(),
                cloudEvent.getTime().withOffsetSameInstant(ZoneOffset.UTC), data);
    }

    public EventData readData(EventType type, byte[] bytes) {
        EventData data;
        try {
            data = json.readValue(bytes, type.dataClass());
        } catch (IOException e) {
            throw new UnreadableEventException(type.type() + ": data does not fit " + type.dataClass().getSimpleName()
                    + ": " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        if (data == null || data.aggregateId() == null) {
            throw new UnreadableEventException(type.type() + ": data has no aggregate id");
        }
        return data;
    }

    /** The mapper the contract uses, for code that embeds event data in its own JSON (webhooks). */
    public ObjectMapper json() {
        return json;
    }
}
