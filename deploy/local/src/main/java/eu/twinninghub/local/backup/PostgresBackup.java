package eu.twinninghub.local.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A hot, physical backup of a whole PostgreSQL server (every service's database at one instant), by
 * PostgreSQL's low-level API: {@code pg_backup_start}, a copy of the data directory,
 * {@code pg_backup_stop}, then the WAL written meanwhile and the backup label. The server keeps
 * serving throughout. Restored, it replays that WAL and starts consistent. The local stack has no
 * pg_dump: the zonky binaries ship only the server, and Debian's client is older than the server.
 */
public final class PostgresBackup {

    /** Contents the documentation says to leave out: rebuilt at start, or not to be restored. */
    private static final Set<String> CONTENTS_LEFT_OUT = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> FILES_LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map");

    private PostgresBackup() {
    }

    /** Copies the running server behind {@code jdbcUrl} (its data in {@code dataDir}) to {@code target}. */
    public static void take(String jdbcUrl, String user, String password, Path dataDir, Path target) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             var statement = connection.createStatement()) {
            String startWal;
            try (var started = statement.executeQuery(
                    "SELECT pg_walfile_name(pg_backup_start('twinning make backup', true))")) {
                started.next();
                startWal = started.getString(1);
            }
            try {
                copyTree(dataDir, target, true);
            } catch (RuntimeException e) {
                statement.execute("SELECT pg_backup_stop(false)");
                throw e;
            }
            try (var stopped = statement.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                stopped.next();
                Files.writeString(target.resolve("backup_label"), stopped.getString(1));
                String tablespaces = stopped.getString(2);
                if (tablespaces != null && !tablespaces.isBlank()) {
                    Files.writeString(target.resolve("tablespace_map"), tablespaces);
                }
            }
            copyTree(dataDir.resolve("pg_wal"), target.resolve("pg_wal"), false);
            if (!Files.exists(target.resolve("pg_wal").resolve(startWal))) {
                throw new IllegalStateException("the WAL segment " + startWal + " the backup starts in was recycled "
                        + "while the files were copied; take the backup again");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot back up PostgreSQL at " + jdbcUrl + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts {@code source} in place of {@code dataDir}, which no running server may be using. */
    public static void restore(Path source, Path dataDir) {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            throw new IllegalStateException(dataDir + " is in use by a running PostgreSQL (postmaster.pid): stop it first");
        }
        if (!Files.isRegularFile(source.resolve("backup_label"))) {
            throw new IllegalStateException(source + " is not a PostgreSQL backup: it has no backup_label");
        }
        delete(dataDir);
        copyTree(source, dataDir, false);
    }

    /** Deletes a folder and all it holds: a wiped data directory. */
    public static void delete(Path tree) {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + tree, e);
        }
    }

    /**
     * Copies a tree with its permissions (PostgreSQL refuses a data directory others may read). A file
     * that vanishes while the server runs (a dropped table, a recycled segment) is skipped: the WAL
     * replay accounts for it.
     */
    private static void copyTree(Path from, Path to, boolean leaveOutRuntimeState) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Path copy = to.resolve(from.relativize(dir).toString());
                    Files.createDirectories(copy);
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------"));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path relative = from.relativize(file);
                    if (leaveOutRuntimeState && leftOut(relative)) {
                        return FileVisitResult.CONTINUE;
                    }
                    try {
                        Files.copy(file, to.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES,
                                StandardCopyOption.REPLACE_EXISTING);
                    } catch (NoSuchFileException vanished) {
                        return FileVisitResult.CONTINUE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    private static boolean leftOut(Path relative) {
        String first = relative.getName(0).toString();
        return relative.getNameCount() == 1 && FILES_LEFT_OUT.contains(first)
                || relative.getNameCount() > 1 && CONTENTS_LEFT_OUT.contains(first)
                || relative.getFileName().toString().startsWith("pgsql_tmp");
    }
}
