package org.learnpath.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its Maven Central distribution, run as a child process. The expensive steps happen once per data
 * folder: unpacking (~200 MB) and the Quarkus re-augmentation ({@code kc.sh build}, ~25 s), after which
 * {@code start --optimized} skips the build. The realm is imported from the repo's JSON; because
 * {@code --import-realm} silently skips a realm that already exists, a changed realm file means dropping the
 * dev-file database first.
 */
final class KeycloakNode implements AutoCloseable {

    static final String REALM = "learnpath";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final int httpPort;
    private final int managementPort;
    private final Path zip;
    private final String version;
    private final Path root;
    private final Path home;
    private final Path realmFile;
    private final Path realmHashFile;
    private final DataDirectory data;
    private final JavaHomes.JavaHome java;
    private ChildProcess current;
    private boolean closed;
    private volatile String setupNote = "";
    private volatile long launchedAt;
    private volatile long startupNanos;

    KeycloakNode(Path zip, String version, Path realmFile, DataDirectory data, int httpPort, int managementPort) {
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.zip = zip;
        this.version = version;
        this.root = data.keycloak();
        this.home = root.resolve("keycloak-" + version);
        this.realmFile = realmFile;
        this.realmHashFile = root.resolve("realm.sha256");
        this.data = data;
        this.java = JavaHomes.forKeycloak();
    }

    /** The base URL, with the host name Keycloak is pinned to (it is also the issuer's). */
    static String url(int httpPort) {
        return "http://localhost:" + httpPort;
    }

    static String issuer(int httpPort) {
        return url(httpPort) + "/realms/" + REALM;
    }

    static String tokenUrl(int httpPort) {
        return issuer(httpPort) + "/protocol/openid-connect/token";
    }

    String url() {
        return url(httpPort);
    }

    String issuer() {
        return issuer(httpPort);
    }

    String tokenUrl() {
        return tokenUrl(httpPort);
    }

    /** What the one-off steps cost on this run (empty when there were none), for the start-up summary. */
    String setupNote() {
        return setupNote;
    }

    /** From launching kc.sh start to /health/ready, excluding the one-off steps. */
    long startupNanos() {
        return startupNanos;
    }

    JavaHomes.JavaHome java() {
        return java;
    }

    void prepare() throws LaunchException, IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<String> steps = new ArrayList<>();
        if (!Files.isDirectory(home)) {
            Console.info("Keycloak: unpacking " + zip.getFileName() + " (first start only)");
            unpack();
            steps.add("unpack");
        }
        Path buildMarker = home.resolve(".learnpath-build");
        String buildSignature = String.join(" ", BUILD_OPTIONS) + "\n";
        if (!Files.exists(buildMarker) || !Files.readString(buildMarker).equals(buildSignature)) {
            Console.info("Keycloak: optimizing the server for this configuration (first start only, ~30 s)");
            build();
            Files.writeString(buildMarker, buildSignature);
            steps.add("build");
        }
        String realmHash = sha256(realmFile);
        String importedHash = Files.exists(realmHashFile) ? Files.readString(realmHashFile).trim() : "";
        if (!realmHash.equals(importedHash)) {
            Path db = home.resolve("data/h2");
            if (Files.exists(db)) {
                Console.info("Keycloak: " + realmFile.getFileName() + " changed; dropping Keycloak's database to re-import it");
                DataDirectory.deleteRecursively(db);
            }
        }
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        if (!steps.isEmpty()) {
            setupNote = String.join(" + ", steps) + " " + Console.seconds(System.nanoTime() - t0);
        }
    }

    /** Unpacks next to the final folder and renames at the end, so a half-unpacked tree is never mistaken for done. */
    private void unpack() throws IOException, LaunchException {
        Path staging = root.resolve(".unpacking");
        DataDirectory.deleteRecursively(staging);
        Files.createDirectories(staging);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zin.getNextEntry()) != null; ) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new LaunchException("refusing zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zin, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<Path> top;
        try (Stream<Path> entries = Files.list(staging)) {
            top = entries.toList();
        }
        if (top.size() != 1 || !Files.isRegularFile(top.get(0).resolve("bin/kc.sh"))) {
            throw new LaunchException(zip + " does not look like a Keycloak distribution");
        }
        Files.move(top.get(0), home);
        DataDirectory.deleteRecursively(staging);
    }

    private void build() throws IOException, InterruptedException, LaunchException {
        List<String> command = new ArrayList<>(List.of("bash", "bin/kc.sh", "build"));
        command.addAll(BUILD_OPTIONS);
        Path log = data.newLog("keycloak-build");
        ChildProcess build = launch("keycloak-build", command, log);
        int exit;
        try {
            exit = build.waitFor();
        } finally {
            build.stop(); // a no-op once it has exited, but it also drops the pid file
        }
        if (exit != 0) {
            throw new LaunchException("kc.sh build failed (exit code " + exit + "); see " + log);
        }
    }

    void start() throws IOException, LaunchException {
        List<String> command = List.of("bash", "bin/kc.sh", "start", "--optimized",
                "--http-enabled=true",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                // Pinned so that tokens fetched via localhost and 127.0.0.1 carry the same issuer.
                "--hostname=" + url(),
                "--cache=local",
                "--import-realm");
        launchedAt = System.nanoTime();
        launch("keycloak", command, data.newLog("keycloak"));
    }

    void awaitReady() throws LaunchException, InterruptedException, IOException {
        ChildProcess server = current;
        try {
            Http.awaitOk("http://localhost:" + managementPort + "/health/ready", READY_TIMEOUT, server::isAlive,
                    "Keycloak", server.log());
        } catch (LaunchException e) {
            throw new LaunchException(e.getMessage() + ":\n" + server.failureExcerpt());
        }
        startupNanos = System.nanoTime() - launchedAt;
        // Only now is the realm known to be in the database.
        Files.writeString(realmHashFile, sha256(realmFile) + "\n");
        server.ready();
    }

    /** Serialised with close(): a Ctrl-C during the first-start build must not let a server start afterwards. */
    private synchronized ChildProcess launch(String name, List<String> command, Path log)
            throws IOException, LaunchException {
        if (closed) {
            throw new LaunchException("stopping");
        }
        Map<String, String> env = Map.of(
                // kc.sh runs $JAVA_HOME/bin/java when JAVA_HOME is set.
                "JAVA_HOME", java.path().toString(),
                // Only used when the master realm is created, i.e. on the first start of a data folder.
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx256m");
        current = ChildProcess.start(name, command, home, env, log, data.run());
        return current;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** SIGTERM to kc.sh (it forwards it) and to its JVM; Keycloak needs 1-2 s to stop. */
    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            current.stop();
        }
    }
}
