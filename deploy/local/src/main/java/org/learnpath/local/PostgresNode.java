package org.learnpath.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A persistent PostgreSQL (zonky binaries) with one owner role and one database per service. zonky runs initdb
 * only when postgresql.conf is missing, so the cluster survives restarts; the marker below tells a completed setup
 * from an initdb that was interrupted halfway, which would otherwise fail every later start.
 */
final class PostgresNode implements AutoCloseable {

    static final String USER = "learnpath";
    static final String PASSWORD = "learnpath";
    static final List<String> DATABASES = List.of("catalog", "assessment", "recommender");

    private final Path dataDir;
    private final Path binariesDir;
    private final Path setupMarker;
    private final Path log;
    private final int port;
    private final String expectedMajor;
    private volatile EmbeddedPostgres postgres;

    PostgresNode(Path dataDir, Path binariesDir, Path log, int port, String postgresVersion) {
        this.dataDir = dataDir;
        this.binariesDir = binariesDir;
        this.setupMarker = dataDir.resolveSibling("postgres.initialized");
        this.log = log;
        this.port = port;
        this.expectedMajor = postgresVersion.split("\\.")[0];
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    synchronized void start() throws LaunchException, IOException {
        if (Files.exists(dataDir) && !Files.exists(setupMarker)) {
            Console.info("PostgreSQL: removing an unfinished cluster from an interrupted first start");
            DataDirectory.deleteRecursively(dataDir);
        }
        Path pgVersion = dataDir.resolve("PG_VERSION");
        if (Files.exists(pgVersion)) {
            String onDisk = Files.readString(pgVersion).trim();
            if (!onDisk.equals(expectedMajor)) {
                throw new LaunchException("the PostgreSQL data in " + dataDir + " was created by PostgreSQL " + onDisk
                        + " but this launcher ships " + expectedMajor + "; run with --reset to start over");
            }
        }
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // The launcher's own hook stops PostgreSQL last, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setOverrideWorkingDirectory(binariesDir.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky already runs without fsync, so a crash of the machine may lose or tear pages anyway:
                    // full-page images would guard against nothing here. Without them, the write-ahead log per
                    // stored answer went from 2.7 to 2.3 KB, and checkpoints come that much later.
                    .setServerConfig("full_page_writes", "off")
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog)
                    .start();
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            throw new LaunchException("PostgreSQL did not start: " + e.getMessage() + "; see " + log, e);
        }
        try {
            createRoleAndDatabases();
        } catch (SQLException e) {
            throw new LaunchException("PostgreSQL setup failed: " + e.getMessage(), e);
        }
        Files.writeString(setupMarker, "initialized\n");
    }

    private void createRoleAndDatabases() throws SQLException {
        // zonky's cluster uses trust authentication for local connections: the superuser needs no password.
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", USER)) {
                s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            for (String db : DATABASES) {
                // CREATE DATABASE cannot run inside a transaction block, hence no DO $$ ... $$ here.
                if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", db)) {
                    s.execute("CREATE DATABASE " + db + " OWNER " + USER);
                    Console.info("PostgreSQL: created database " + db);
                }
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * zonky starts the server through pg_ctl, so it is not our child: a SIGKILLed launcher leaves it running and
     * holding the data directory. postmaster.pid names it; SIGINT is PostgreSQL's "fast" shutdown.
     */
    static boolean stopStale(Path dataDir) throws IOException {
        return stopServer(dataDir, "stopping a server left running by an earlier launcher");
    }

    private static boolean stopServer(Path dataDir, String why) throws IOException {
        Optional<ProcessHandle> server = runningServer(dataDir);
        if (server.isEmpty()) {
            return false;
        }
        ProcessHandle handle = server.get();
        Console.info("PostgreSQL: " + why + " (pid " + handle.pid() + ")");
        List<ProcessHandle> tree = ChildProcess.tree(handle);
        if (!signalInterrupt(handle.pid())) {
            handle.destroy();
        }
        try {
            handle.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception notYet) {
            ChildProcess.terminate(tree, Duration.ZERO);
        }
        return true;
    }

    private static Optional<ProcessHandle> runningServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // The pid may have been recycled since: only a process running a postgres binary counts.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().command().map(cmd -> {
                    String name = Path.of(cmd).getFileName().toString();
                    return name.equals("postgres") || name.equals("postgres.exe");
                }).orElse(false));
    }

    private static boolean signalInterrupt(long pid) {
        if (System.getProperty("os.name").toLowerCase().startsWith("windows")) {
            return false;
        }
        try {
            return new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        EmbeddedPostgres pg = postgres;
        postgres = null;
        if (pg != null) {
            pg.close(); // pg_ctl stop -m fast, waits up to 5 s
        }
        // Whether zonky's stop worked or the start was interrupted halfway, leave no server behind.
        stopServer(dataDir, "server still running after pg_ctl stop; stopping it");
    }
}
