package eu.twinninghub.local.backup;

import eu.twinninghub.testing.TestMongo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code make backup} and {@code make restore}: every service's database (one PostgreSQL server),
 * the notification inbox (MongoDB) and the consumer groups' positions, in one dated folder:
 * {@code offsets.tsv}, {@code postgres/}, {@code mongo/} and {@code backup.properties}.
 *
 * <pre>
 * Backup backup  FOLDER PG_DATA PG_PORT MONGO_URL KAFKA   (the stack running)
 * Backup restore FOLDER PG_DATA MONGO_H2_FILE KAFKA       (the services and databases stopped, Kafka up)
 * </pre>
 */
public final class Backup {

    /** Where the stores are; the PostgreSQL account is the local stack's. */
    public record Stores(String postgresUrl, String postgresUser, String postgresPassword, Path postgresData,
                         String mongoUrl, String kafka) {
    }

    private Backup() {
    }

    /** Writes a backup of the running {@code stores} into {@code folder}, which must not exist yet. */
    public static Duration take(Stores stores, Path folder) {
        Instant started = Instant.now();
        try {
            Files.createDirectories(folder.getParent());
            Path partial = Files.createDirectory(folder.resolveSibling(folder.getFileName() + ".partial"));
            ConsumerOffsets.take(stores.kafka(), partial.resolve("offsets.tsv"));
            PostgresBackup.take(stores.postgresUrl(), stores.postgresUser(), stores.postgresPassword(),
                    stores.postgresData(), partial.resolve("postgres"));
            MongoBackup.take(stores.mongoUrl(), partial.resolve("mongo"));
            Duration took = Duration.between(started, Instant.now());
            Files.write(partial.resolve("backup.properties"), List.of("taken-at=" + started, "took=" + took));
            // Renamed once complete: a backup folder without ".partial" is always whole.
            Files.move(partial, folder);
            return took;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + folder, e);
        }
    }

    /** Puts {@code folder} back: PostgreSQL's files, then the inbox through {@code mongoUrl}, then the offsets. */
    public static void restore(Path folder, Path postgresData, String mongoUrl, String kafka) {
        if (!Files.isRegularFile(folder.resolve("backup.properties"))) {
            throw new IllegalStateException(folder + " is not a whole backup (no backup.properties)");
        }
        PostgresBackup.restore(folder.resolve("postgres"), postgresData);
        MongoBackup.restore(folder.resolve("mongo"), mongoUrl);
        ConsumerOffsets.restore(folder.resolve("offsets.tsv"), kafka);
    }

    public static void main(String[] args) {
        try {
            if (args.length == 6 && args[0].equals("backup")) {
                String postgres = "jdbc:postgresql://127.0.0.1:" + args[3] + "/postgres";
                Duration took = take(new Stores(postgres, "postgres", "postgres", Path.of(args[2]), args[4], args[5]),
                        Path.of(args[1]));
                System.out.printf("Backup written to %s in %.1f s%n", args[1], took.toMillis() / 1000.0);
            } else if (args.length == 5 && args[0].equals("restore")) {
                // The stack's MongoDB-protocol server is stopped: its H2 file is opened here instead.
                TestMongo mongo = new TestMongo(Path.of(args[3]), 0);
                try {
                    restore(Path.of(args[1]), Path.of(args[2]), mongo.connectionString(), args[4]);
                } finally {
                    mongo.close();
                }
                System.out.println("Restored " + args[1] + "; start the stack with make run");
            } else {
                System.err.println("usage: Backup backup FOLDER PG_DATA PG_PORT MONGO_URL KAFKA"
                        + " | restore FOLDER PG_DATA MONGO_H2_FILE KAFKA");
                System.exit(2);
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
