package eu.twinninghub.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventContractTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    private final EventCodec codec = new EventCodec();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void dataRoundTripsAndValidatesAgainstItsSchema(EventType type) throws IOException {
        EventData data = Samples.of(type);
        byte[] bytes = codec.dataBytes(data);

        Set<ValidationMessage> errors = schema(type).validate(codec.json().readTree(bytes));
        assertTrue(errors.isEmpty(), () -> type + " does not fit its schema: " + errors);
        assertEquals(data, codec.readData(type, bytes));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRejectsDataWithoutItsAggregateId(EventType type) throws IOException {
        ObjectNode json = (ObjectNode) codec.json().readTree(codec.dataBytes(Samples.of(type)));
        String idField = json.fieldNames().next();
        json.remove(idField);

        assertFalse(schema(type).validate(json).isEmpty(), type + " accepted data without " + idField);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeHasItsOwnVersionedNameAndTopic(EventType type) {
        assertTrue(type.type().matches("eu\\.twinninghub\\.[a-z]+\\.[a-z]+\\.v\\d+"), type.type());
        assertEquals(type, EventType.ofType(type.type()).orElseThrow());
        assertEquals(type.current(), EventType.of(Samples.of(type)));
        assertTrue(type.topic().startsWith("twinning."));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void envelopeCarriesTheAggregateAsSubjectAndTheServiceAsSource(EventType type) {
        EventData data = Samples.of(type);
        Event<EventData> event = Event.of("needs-offers", data, CLOCK);

        assertEquals(data.aggregateId().toString(), event.subject());
        assertEquals("/needs-offers", event.source().toString());
        assertEquals(CLOCK.instant(), event.time().toInstant());
        assertNotNull(event.id());
        assertEquals(type.topic(), event.topic());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aReplacedVersionIsReadIntoTheRecordOfTheCurrentOneAndItsSchemaStaysTheContract(EventType type)
            throws IOException {
        for (EventType previous : type.previousVersions()) {
            EventData old = Samples.of(previous);
            assertTrue(((Superseding) old).fitsPreviousVersion(), previous + " sample");
            assertEquals(type.dataClass(), codec.readData(previous, codec.dataBytes(old)).getClass());
            assertEquals(type.topic(), previous.topic());
            // The current sample is written in German only: v1 cannot carry it, and says so.
            boolean fits = ((Superseding) Samples.of(type)).fitsPreviousVersion();
            assertEquals(fits, schema(previous).validate(codec.json().readTree(codec.dataBytes(Samples.of(type))))
                    .isEmpty(), type + ": fitsPreviousVersion agrees with the schema of " + previous);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void malformedDataIsReportedAsUnreadable(EventType type) {
        assertThrows(UnreadableEventException.class, () -> codec.readData(type, "{\"x\":".getBytes()));
        assertThrows(UnreadableEventException.class, () -> codec.readData(type, "{}".getBytes()));
    }

    private static JsonSchema schema(EventType type) throws IOException {
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertNotNull(in, "no schema at " + type.schemaResource());
            JsonNode node = new EventCodec().json().readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, config);
        }
    }
}
