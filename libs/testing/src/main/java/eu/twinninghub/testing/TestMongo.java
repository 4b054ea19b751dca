package eu.twinninghub.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server (mongo-java-server): in memory for tests, on an H2 file for the
 * local stack. It has no transactions, change streams or TTL expiry, so no code may need them.
 */
public final class TestMongo {

    private static final SharedInfrastructure<TestMongo> SHARED = new SharedInfrastructure<>(
            () -> new TestMongo(null, 0), TestMongo::close);

    private final MongoServer server;
    private final InetSocketAddress address;

    /** A server on {@code port} (0: any free one), in memory or, with {@code h2File}, on disk. */
    public TestMongo(Path h2File, int port) {
        this.server = new MongoServer(h2File == null ? new MemoryBackend() : new H2Backend(h2File.toString()));
        this.address = port == 0 ? server.bind() : bind(server, port);
    }

    private static InetSocketAddress bind(MongoServer server, int port) {
        server.bind("127.0.0.1", port);
        return server.getLocalAddress();
    }

    public static TestMongo shared() {
        return SHARED.get();
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    public void close() {
        server.shutdownNow();
    }
}
