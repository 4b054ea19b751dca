package eu.twinninghub.testing;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An in-process Kafka broker in KRaft mode on 127.0.0.1, one per test JVM. It can be restarted on
 * the same port and log folders, for tests that prove nothing is lost when the broker goes away.
 */
public final class TestKafka {

    private static final SharedInfrastructure<TestKafka> SHARED = new SharedInfrastructure<>(TestKafka::startNew,
            TestKafka::close);

    private final int port;
    private final Path logDir;
    private final String clusterId;
    private EmbeddedKafkaBroker broker;

    private TestKafka(int port) {
        this.port = port;
        try {
            this.logDir = Files.createTempDirectory("twinning-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.broker = newBroker(port, logDir, null).start();
        this.clusterId = broker.getClusterId();
    }

    public static TestKafka shared() {
        return SHARED.get();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Stops the broker and starts it again with the same port, cluster id and data. */
    public synchronized void restart() {
        broker.close();
        broker = newBroker(port, logDir, clusterId).start();
    }

    public synchronized void stopBroker() {
        broker.close();
    }

    public synchronized void startBroker() {
        if (!broker.isRunning()) {
            broker = newBroker(port, logDir, clusterId).start();
        }
    }

    private synchronized void close() {
        broker.close();
        try {
            KeycloakServer.deleteTree(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestKafka startNew() {
        return new TestKafka(freePort());
    }

    private static EmbeddedKafkaBroker newBroker(int port, Path logDir, String clusterId) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(0)
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(port)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(props -> {
                    // One broker: transactional and offset state cannot be replicated.
                    props.put("log.dir", logDir.toString());
                    props.put("transaction.state.log.replication.factor", "1");
                    props.put("transaction.state.log.min.isr", "1");
                    props.put("offsets.topic.replication.factor", "1");
                    props.put("num.partitions", "3");
                    props.put("group.initial.rebalance.delay.ms", "0");
                    props.put("auto.create.topics.enable", "true");
                });
        return clusterId == null ? broker : broker.withClusterId(clusterId);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
