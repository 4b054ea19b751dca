package eu.twinninghub.local;

import eu.twinninghub.testing.TestMongo;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code MongoServer H2_FILE PORT}: the local stack's MongoDB-protocol server, kept on disk. */
public final class MongoServer {

    private MongoServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: MongoServer H2_FILE PORT");
            System.exit(2);
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        file.getParent().toFile().mkdirs();
        TestMongo mongo = new TestMongo(file, Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.close();
            stopped.countDown();
        }));
        System.out.println("MongoDB-protocol server ready at " + mongo.connectionString());
        stopped.await();
    }
}
