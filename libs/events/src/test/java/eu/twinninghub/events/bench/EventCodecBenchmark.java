package eu.twinninghub.events.bench;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.EventCodec;
import eu.twinninghub.events.LocalizedText;
import eu.twinninghub.events.need.NeedDetails;
import eu.twinninghub.events.need.NeedPublished;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one event costs on the wire: writing a need as a Kafka record (CloudEvents binary mode)
 * and reading it back into its record. Every producer and consumer pays this per event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventCodecBenchmark {

    private final EventCodec codec = new EventCodec();
    private Event<NeedPublished> event;
    private ConsumerRecord<String, byte[]> record;

    @Setup
    public void setUp() {
        NeedDetails need = new NeedDetails(new LocalizedText("Відновлення системи водопостачання громади",
                "Restoring the hromada's water supply"), new LocalizedText("Насосні станції пошкоджені обстрілами", null),
                "water-sanitation", List.of(), List.of("technical-assistance", "equipment"),
                List.of("pumping stations", "SCADA", "water treatment"), "CRITICAL", List.of("uk", "en"), null, null,
                1_200_000L, 38_000, null, List.of());
        event = Event.of("needs-offers", new NeedPublished(UUID.randomUUID(), UUID.randomUUID(), 1, need),
                Clock.systemUTC());
        ProducerRecord<String, byte[]> written = codec.toRecord(event);
        record = new ConsumerRecord<>(written.topic(), 0, 0, written.key(), written.value());
        written.headers().forEach(header -> record.headers().add(header));
    }

    @Benchmark
    public ProducerRecord<String, byte[]> write() {
        return codec.toRecord(event);
    }

    @Benchmark
    public Event<?> read() {
        return codec.fromRecord(record);
    }
}
