package eu.twinninghub.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What we write on Kafka is read by the official CloudEvents SDK, and the other way round. */
class KafkaRecordInteropTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    private final EventCodec codec = new EventCodec();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theOfficialSdkReadsWhatWeWrite(EventType type) {
        Event<EventData> event = Event.of("matching", Samples.of(type), CLOCK).as(type);
        ProducerRecord<String, byte[]> record = codec.toRecord(event);

        assertEquals(type.topic(), record.topic());
        assertEquals(event.subject(), record.key());
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals(EventCodec.CONTENT_TYPE, header(record, "content-type"));

        try (CloudEventDeserializer sdk = new CloudEventDeserializer()) {
            sdk.configure(Map.of(), false);
            CloudEvent read = sdk.deserialize(record.topic(), record.headers(), record.value());
            assertEquals(event.id().toString(), read.getId());
            assertEquals(type.type(), read.getType());
            assertEquals(URI.create("/matching"), read.getSource());
            assertEquals(event.subject(), read.getSubject());
            assertEquals(CLOCK.instant(), read.getTime().toInstant());
            assertEquals(EventCodec.CONTENT_TYPE, read.getDataContentType());
            assertEquals(type.dataSchema(), read.getDataSchema());
            assertArrayEquals(codec.dataBytes(event.data()), read.getData().toBytes());
        }
    }

    @Test
    void weReadWhatTheOfficialSdkWrites() {
        EventData data = Samples.of(EventType.NEED_PUBLISHED);
        CloudEvent written = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withType(EventType.NEED_PUBLISHED.type())
                .withSource(URI.create("/needs-offers"))
                .withSubject(data.aggregateId().toString())
                .withTime(CLOCK.instant().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(codec.dataBytes(data))
                .build();
        RecordHeaders headers = new RecordHeaders();
        byte[] value;
        try (CloudEventSerializer sdk = new CloudEventSerializer()) {
            sdk.configure(Map.of(), false);
            value = sdk.serialize(Topics.NEEDS, headers, written);
        }

        Event<?> read = codec.fromRecord(consumerRecord(headers, value));

        assertEquals(written.getId(), read.id().toString());
        assertEquals(EventType.NEED_PUBLISHED, read.type());
        assertEquals("needs-offers", read.service());
        assertEquals(data, read.data());
    }

    @Test
    void aRecordThatIsNoCloudEventIsUnreadable() {
        RecordHeaders headers = new RecordHeaders();
        UnreadableEventException error = assertThrows(UnreadableEventException.class,
                () -> codec.fromRecord(consumerRecord(headers, "hello".getBytes(StandardCharsets.UTF_8))));
        assertEquals(true, error.getMessage().startsWith("not a CloudEvent"));
    }

    @Test
    void anUnknownTypeIsUnreadable() {
        Event<EventData> event = Event.of("x", Samples.of(EventType.NEED_CLOSED), CLOCK);
        ProducerRecord<String, byte[]> record = codec.toRecord(event);
        record.headers().remove("ce_type");
        record.headers().add("ce_type", "eu.twinninghub.need.exploded.v1".getBytes(StandardCharsets.UTF_8));

        UnreadableEventException error = assertThrows(UnreadableEventException.class,
                () -> codec.fromRecord(consumerRecord(record.headers(), record.value())));
        assertEquals("unknown event type eu.twinninghub.need.exploded.v1", error.getMessage());
    }

    private static ConsumerRecord<String, byte[]> consumerRecord(org.apache.kafka.common.header.Headers headers,
                                                                 byte[] value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.NEEDS, 0, 0L, "key", value);
        headers.forEach(h -> record.headers().add(h));
        return record;
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
