package org.learnpath.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one folder holding all local state. A marker file makes --reset refuse to wipe a folder the launcher did not
 * create (a mistyped --data-dir must never delete someone's home), and a file lock keeps two launchers apart, which
 * is also what makes it safe to kill "stale" processes recorded in it.
 */
final class DataDirectory implements AutoCloseable {

    private static final String MARKER = ".learnpath-data";
    private static final String LOCK = ".launcher.lock";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static DataDirectory open(Path root) throws LaunchException {
        try {
            if (Files.isDirectory(root) && !Files.exists(root.resolve(MARKER))) {
                try (Stream<Path> entries = Files.list(root)) {
                    if (entries.findAny().isPresent()) {
                        throw new LaunchException(root + " is not empty and was not created by the LearnPath launcher"
                                + " (no " + MARKER + " file); pick another --data-dir");
                    }
                }
            }
            Files.createDirectories(root);
            if (!Files.exists(root.resolve(MARKER))) {
                Files.writeString(root.resolve(MARKER), "LearnPath local data; safe to delete when the launcher is stopped.\n");
            }
            FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new LaunchException("another launcher is already using " + root + "; stop it first (Ctrl-C)");
            }
            return new DataDirectory(root, channel, lock);
        } catch (IOException e) {
            throw new LaunchException("cannot use data folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** Deletes everything but the marker and our own lock. */
    void reset() throws IOException {
        reset(false);
    }

    /**
     * Deletes everything but the marker and our own lock, and with {@code keepKeycloak} also Keycloak's folder: its
     * unpacked, optimized distribution and database cost ~40 s to rebuild and hold nothing of the services' state.
     */
    void reset(boolean keepKeycloak) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (keepKeycloak && entry.equals(keycloak())) {
                    continue;
                }
                if (!name.equals(MARKER) && !name.equals(LOCK)) {
                    deleteRecursively(entry);
                }
            }
        }
    }

    void createLayout() throws IOException {
        for (Path dir : List.of(postgresBinaries(), kafka(), keycloak(), logs(), run())) {
            Files.createDirectories(dir);
        }
    }

    Path root() {
        return root;
    }

    /** PostgreSQL's own data directory; initdb wants to create it, so it is not created up front. */
    Path postgres() {
        return root.resolve("postgres");
    }

    /** Unpacked PostgreSQL binaries (zonky keys them by archive hash, so upgrades land next to old ones). */
    Path postgresBinaries() {
        return root.resolve("postgres-bin");
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    Path keycloak() {
        return root.resolve("keycloak");
    }

    Path logs() {
        return root.resolve("logs");
    }

    /** Class-data archives of the services (see ClassDataArchive); rebuilt when missing. */
    Path classData() {
        return root.resolve("class-data");
    }

    /** Pid files of child processes, so a killed launcher's leftovers can be found on the next start. */
    Path run() {
        return root.resolve("run");
    }

    /** A fresh log file per run; the previous one is kept as .1 because it often explains why we restarted. */
    Path newLog(String name) throws IOException {
        Path log = logs().resolve(name + ".log");
        if (Files.exists(log)) {
            Files.move(log, logs().resolve(name + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createFile(log);
        return log;
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // The lock goes away with the process anyway.
        }
    }
}
