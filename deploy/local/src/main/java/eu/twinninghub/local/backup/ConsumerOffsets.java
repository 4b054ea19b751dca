package eu.twinninghub.local.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The committed position of every consumer group, saved with a backup and put back with it. Kafka is
 * not restored (its log outlives the databases), so without this a service whose database went back
 * in time would resume after events its restored database never saw. Saved <em>before</em> the stores
 * are copied: a consumer then re-reads at most what its restored inbox already holds, and its
 * idempotence skips those; nothing is lost and nothing applied twice.
 */
public final class ConsumerOffsets {

    private ConsumerOffsets() {
    }

    public static void take(String bootstrapServers, Path file) {
        List<String> lines = new ArrayList<>();
        try (Admin admin = admin(bootstrapServers)) {
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get()
                        .forEach((partition, offset) -> lines.add(String.join("\t", group.groupId(), partition.topic(),
                                Integer.toString(partition.partition()), Long.toString(offset.offset()))));
            }
            Files.write(file, lines.stream().sorted().toList());
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the consumer groups at " + bootstrapServers, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets each saved group back to its saved offsets; its members must be stopped. */
    public static void restore(Path file, String bootstrapServers) {
        Map<String, Map<TopicPartition, OffsetAndMetadata>> groups = new HashMap<>();
        try (Admin admin = admin(bootstrapServers)) {
            for (String line : Files.readAllLines(file)) {
                String[] field = line.split("\t");
                groups.computeIfAbsent(field[0], g -> new HashMap<>()).put(
                        new TopicPartition(field[1], Integer.parseInt(field[2])), new OffsetAndMetadata(Long.parseLong(field[3])));
            }
            for (var group : groups.entrySet()) {
                admin.alterConsumerGroupOffsets(group.getKey(), group.getValue()).all().get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot set the consumer groups back at " + bootstrapServers
                    + " (are the services stopped?): " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }
}
