package org.learnpath.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.learnpath.local.LocalSystem;
import org.learnpath.local.PortPlan;

/**
 * The system under test, started once per suite (test JVM) through deploy/local's {@link LocalSystem}: PostgreSQL,
 * a KRaft broker in this JVM, Keycloak with the learnpath realm, and the three services from their packaged
 * quarkus-run.jar, each its own process. Ports start at {@code learnpath.e2e.port-base} (18300) so that a
 * developer's {@code ./run-local.sh} can keep running; the data folder is {@code e2e/target/e2e-data}, emptied at
 * every start except Keycloak's prepared distribution (~40 s to rebuild), and kept afterwards for its logs.
 */
public final class E2e implements AutoCloseable {

    private static E2e instance;
    private static RuntimeException startFailure;

    private final LocalSystem system;
    private final Keycloak keycloak;

    private E2e(LocalSystem system) {
        this.system = system;
        this.keycloak = new Keycloak(system.keycloakUrl(), LocalSystem.REALM, LocalSystem.KEYCLOAK_ADMIN_USER,
                LocalSystem.KEYCLOAK_ADMIN_PASSWORD);
    }

    /** The suite's system, started on first use; a failed start fails every later caller the same way. */
    static synchronized E2e get() {
        if (instance != null) {
            return instance;
        }
        if (startFailure != null) {
            throw startFailure;
        }
        try {
            instance = start();
            return instance;
        } catch (Exception e) {
            startFailure = new IllegalStateException("the end-to-end system did not start: " + e.getMessage(), e);
            throw startFailure;
        }
    }

    private static E2e start() throws Exception {
        Path repo = Path.of(property("learnpath.e2e.repo-root", "..")).toAbsolutePath().normalize();
        Path dataDir = Path.of(property("learnpath.e2e.data-dir", "target/e2e-data")).toAbsolutePath().normalize();
        String zip = System.getProperty("learnpath.e2e.keycloak-zip");
        LocalSystem system = LocalSystem.create(new LocalSystem.Options()
                .repoRoot(repo)
                .dataDir(dataDir)
                .ports(freePorts(Integer.parseInt(property("learnpath.e2e.port-base", "18300"))))
                .keycloakZip(zip == null ? null : Path.of(zip))
                .reset(true)
                .keepKeycloakOnReset(true)
                .requireAllServices(true)
                .servicesAlongsideKeycloak(true)
                .classDataSharing(false));
        // Also on a JVM exit that skips JUnit's own clean-up (Ctrl-C, a fork timeout): no process is left behind.
        // Whatever a SIGKILLed run leaves, the next start stops (pid files and postmaster.pid in the data folder).
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "e2e-shutdown"));
        long t0 = System.nanoTime();
        try {
            system.start();
            E2e e2e = new E2e(system);
            e2e.awaitReplicas();
            System.out.printf("[e2e] system ready in %.1f s (Keycloak %s, logs in %s)%n",
                    (System.nanoTime() - t0) / 1e9, system.keycloakUrl(), system.logsDir());
            return e2e;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    /**
     * {@link PortPlan#SIZE} consecutive free ports from {@code base}, else the next block (the size rounded up to
     * tens, so that blocks never overlap: base + 20, + 40, ...): another checkout's suite or some program holding
     * one of them must not fail the build. (Leftovers of an aborted run of this checkout also make it move on once;
     * LocalSystem stops them right after, through the data folder's pid files.)
     */
    private static PortPlan freePorts(int base) {
        int block = (PortPlan.SIZE + 9) / 10 * 10;
        for (int attempt = 0; attempt < 20; attempt++) {
            PortPlan plan = PortPlan.fromBase(base + block * attempt);
            if (plan.allFree()) {
                return plan;
            }
        }
        return PortPlan.fromBase(base); // LocalSystem reports which port is taken
    }

    /**
     * "Ready" for a service means its own database and consumers are up; the recommender also needs the catalog
     * and the item bank replicated from their compacted topics before it can plan a path or pick an item. An item
     * for the first step is not enough: while the catalog topic's partitions are still being read, the recommender
     * plans with the modules whose references it has, so a goal can show part of its modules for a moment; the path
     * must also hold every module of the catalog's study order.
     */
    private void awaitReplicas() {
        String token = keycloak.token("alice");
        await(Duration.ofSeconds(120), "the recommender to know goal data-analyst and its items",
                () -> Api.get(recommender("/api/learners/me/next?goal=data-analyst"), token),
                reply -> reply.status() == 200 && reply.json().path("item").hasNonNull("itemId"));
        int modules = catalogJson("/api/goals/data-analyst/study-order", token).path("steps").size();
        await(Duration.ofSeconds(60), "the recommender to know all " + modules + " modules of goal data-analyst",
                () -> Api.get(recommender("/api/learners/me/path?goal=data-analyst"), token),
                reply -> reply.status() == 200 && reply.json().path("modules").size() == modules);
    }

    @Override
    public void close() {
        system.close();
    }

    public LocalSystem system() {
        return system;
    }

    public Keycloak keycloak() {
        return keycloak;
    }

    public String catalog(String path) {
        return system.serviceUrl(LocalSystem.CATALOG) + path;
    }

    public String assessment(String path) {
        return system.serviceUrl(LocalSystem.ASSESSMENT) + path;
    }

    public String recommender(String path) {
        return system.serviceUrl(LocalSystem.RECOMMENDER) + path;
    }

    public String serviceUrl(String service) {
        return system.serviceUrl(service);
    }

    /** The catalog's current view of a goal's modules etc. as JSON. */
    public JsonNode catalogJson(String path, String token) {
        return Api.get(catalog(path), token).expect(200).json();
    }

    /**
     * Polls every 100 ms until {@code done} holds, and returns that value; fails with the last value seen after
     * {@code timeout}. Exceptions from {@code poll} (e.g. connection refused) count as "not yet".
     */
    public static <T> T await(Duration timeout, String what, Supplier<T> poll, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object last = null;
        while (true) {
            try {
                T value = poll.get();
                if (done.test(value)) {
                    return value;
                }
                last = value;
            } catch (RuntimeException e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; last: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
