package eu.twinninghub.local.backup;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * A dump of every database of a MongoDB server (the notification inbox, webhooks, deliveries, the
 * mail queue) as canonical Extended JSON, one document per line, so that types (ids, dates, UUIDs)
 * come back exact; with each collection's indexes. What {@code mongodump} does, through the driver:
 * the local stack's server (mongo-java-server) has no dump tool of its own.
 */
public final class MongoBackup {

    private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "local", "config");
    private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
    private static final String INDEXES = ".indexes.jsonl";
    private static final String DOCUMENTS = ".jsonl";

    private MongoBackup() {
    }

    public static void take(String connectionString, Path target) {
        try (MongoClient client = MongoClients.create(connectionString)) {
            for (String name : client.listDatabaseNames()) {
                if (SYSTEM_DATABASES.contains(name)) {
                    continue;
                }
                MongoDatabase database = client.getDatabase(name);
                Path folder = Files.createDirectories(target.resolve(name));
                for (String collection : database.listCollectionNames()) {
                    try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(collection + DOCUMENTS))) {
                        for (Document document : database.getCollection(collection).find()) {
                            out.write(document.toJson(EXACT));
                            out.newLine();
                        }
                    }
                    List<String> indexes = new ArrayList<>();
                    database.getCollection(collection).listIndexes().forEach(index -> indexes.add(index.toJson(EXACT)));
                    Files.write(folder.resolve(collection + INDEXES), indexes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces every database found in {@code source} by its dump (other databases are left alone). */
    public static void restore(Path source, String connectionString) {
        try (MongoClient client = MongoClients.create(connectionString); Stream<Path> databases = Files.list(source)) {
            for (Path folder : databases.filter(Files::isDirectory).toList()) {
                MongoDatabase database = client.getDatabase(folder.getFileName().toString());
                database.drop();
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(DOCUMENTS) && !f.toString().endsWith(INDEXES)).toList()) {
                        String collection = file.getFileName().toString().replace(DOCUMENTS, "");
                        restoreCollection(database, collection, file, folder.resolve(collection + INDEXES));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void restoreCollection(MongoDatabase database, String collection, Path documents, Path indexes)
            throws IOException {
        database.createCollection(collection);
        var target = database.getCollection(collection);
        if (Files.exists(indexes)) {
            for (String line : Files.readAllLines(indexes)) {
                Document index = Document.parse(line);
                if ("_id_".equals(index.getString("name"))) {
                    continue;
                }
                target.createIndex(index.get("key", Document.class), new IndexOptions()
                        .name(index.getString("name")).unique(index.getBoolean("unique", false)));
            }
        }
        List<Document> batch = new ArrayList<>();
        try (Stream<String> lines = Files.lines(documents)) {
            for (String line : (Iterable<String>) lines::iterator) {
                batch.add(Document.parse(line));
                if (batch.size() == 500) {
                    target.insertMany(batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            target.insertMany(batch);
        }
    }
}
