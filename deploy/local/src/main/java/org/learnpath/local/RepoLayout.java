package org.learnpath.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Where things live in the checkout. The launcher is started from the repo by run-local.sh, but may also be run
 * as {@code java -jar} from another directory, so the root is searched from the jar's own location first.
 */
final class RepoLayout {

    private static final String REALM_FILE = "deploy/keycloak/learnpath-realm.json";

    private final Path root;
    private final Properties versions;

    private RepoLayout(Path root, Properties versions) {
        this.root = root;
        this.versions = versions;
    }

    static RepoLayout locate() throws LaunchException {
        Properties versions = versions();
        for (Path start : searchStarts()) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve(REALM_FILE)) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    return new RepoLayout(dir, versions);
                }
            }
        }
        throw new LaunchException("cannot find the LearnPath repository (a folder with " + REALM_FILE
                + "); run the launcher from inside the checkout");
    }

    /** A checkout given explicitly, e.g. by a build tool that knows where it runs. */
    static RepoLayout at(Path root) throws LaunchException {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(REALM_FILE))) {
            throw new LaunchException(dir + " is not the LearnPath repository (no " + REALM_FILE + ")");
        }
        return new RepoLayout(dir, versions());
    }

    private static Properties versions() throws LaunchException {
        Properties versions = new Properties();
        try (InputStream in = RepoLayout.class.getResourceAsStream("/learnpath-local.properties")) {
            if (in == null) {
                throw new LaunchException("learnpath-local.properties missing from the launcher jar: rebuild it");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new LaunchException("cannot read learnpath-local.properties: " + e.getMessage(), e);
        }
        return versions;
    }

    private static List<Path> searchStarts() {
        List<Path> starts = new ArrayList<>();
        try {
            Path jar = Path.of(RepoLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            starts.add(jar.toAbsolutePath().getParent());
        } catch (URISyntaxException | RuntimeException ignored) {
            // Unusual class loaders: fall back to the working directory.
        }
        starts.add(Path.of("").toAbsolutePath());
        return starts;
    }

    Path root() {
        return root;
    }

    Path realmFile() {
        return root.resolve(REALM_FILE);
    }

    Path defaultDataDir() {
        return root.resolve(".learnpath");
    }

    Path quarkusRunJar(String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String keycloakVersion() {
        return versions.getProperty("keycloak.version");
    }

    String postgresVersion() {
        return versions.getProperty("postgres.version");
    }

    /**
     * The distribution copied by the maven-dependency-plugin at package time; the local Maven repository is a
     * fallback for a launcher built with -DskipKeycloak after the zip was downloaded once.
     */
    Optional<Path> keycloakZip() {
        String name = "keycloak-quarkus-dist-" + keycloakVersion() + ".zip";
        Path copied = root.resolve("deploy/local/target/keycloak").resolve(name);
        if (Files.isRegularFile(copied)) {
            return Optional.of(copied);
        }
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", keycloakVersion(), name);
        return Files.isRegularFile(m2) ? Optional.of(m2) : Optional.empty();
    }
}
