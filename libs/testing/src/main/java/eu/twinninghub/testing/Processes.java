package eu.twinninghub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Pid files and whole-tree stops for the servers this library starts as child processes. */
final class Processes {

    private Processes() {
    }

    static void writePid(Path pidFile, Process process) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<ProcessHandle> running(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops a process and every process it started ({@code kc.sh} runs Keycloak in a child
     * JVM): politely first, forcibly after the grace period.
     */
    static void stopTree(ProcessHandle root, long graceSeconds) {
        var tree = java.util.stream.Stream.concat(root.descendants(), java.util.stream.Stream.of(root)).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(graceSeconds, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    static void stop(Path pidFile, long graceSeconds) {
        running(pidFile).ifPresent(handle -> stopTree(handle, graceSeconds));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
