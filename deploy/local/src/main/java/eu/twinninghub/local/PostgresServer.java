package eu.twinninghub.local;

import eu.twinninghub.testing.TestPostgres;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code PostgresServer DATA_DIR PORT DATABASE...}: the local stack's PostgreSQL, data kept in
 * DATA_DIR across restarts, one database per service. Runs until SIGTERM, then shuts the server down.
 */
public final class PostgresServer {

    private PostgresServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: PostgresServer DATA_DIR PORT [DATABASE...]");
            System.exit(2);
        }
        TestPostgres postgres = new TestPostgres(Path.of(args[0]), Integer.parseInt(args[1]));
        for (int i = 2; i < args.length; i++) {
            postgres.createDatabase(args[i]);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            postgres.close();
            stopped.countDown();
        }));
        System.out.println("PostgreSQL ready on 127.0.0.1:" + postgres.port());
        stopped.await();
    }
}
