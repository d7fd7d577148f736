package org.learnpath.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the whole system for local use: PostgreSQL, Kafka, Keycloak, then every service that has been built.
 * One shutdown hook stops them in reverse dependency order, both on Ctrl-C and when start-up fails halfway.
 */
public final class LocalLauncher {

    private static final int KAFKA_PORT = 19092;
    private static final int KAFKA_CONTROLLER_PORT = 19093;

    private final LaunchOptions options;
    private final AtomicBoolean stopped = new AtomicBoolean();
    /** Orders component registration against the shutdown hook; see {@link #register}. */
    private final Object lifecycle = new Object();
    private final Map<String, String> timings = new LinkedHashMap<>();
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private volatile DataDirectory data;
    private volatile PostgresNode postgres;
    private volatile KafkaNode kafka;
    private volatile KeycloakNode keycloak;

    private LocalLauncher(LaunchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws InterruptedException {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + "\n");
            System.err.print(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LaunchOptions.USAGE);
            return;
        }
        LocalLauncher launcher = new LocalLauncher(options);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "learnpath-shutdown"));
        try {
            launcher.startAll();
        } catch (LaunchException e) {
            if (launcher.stopped.get()) {
                return; // Ctrl-C during start-up: the hook is already stopping everything
            }
            System.err.println("\n[learnpath] ERROR: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("\n[learnpath] ERROR: unexpected failure during start-up");
            e.printStackTrace();
            System.exit(1);
        }
        // Kafka's threads would keep the JVM alive anyway; parking here makes "runs until Ctrl-C" explicit.
        Thread.currentThread().join();
    }

    private void startAll() throws Exception {
        long t0 = System.nanoTime();
        RepoLayout repo = RepoLayout.locate();
        Path dataDir = options.dataDir() != null ? options.dataDir() : repo.defaultDataDir();
        data = DataDirectory.open(dataDir);

        // Holding the data folder's lock proves no other launcher owns these, so anything still alive is debris.
        int stale = ChildProcess.stopStale(data.run());
        if (stale > 0) {
            Console.info("stopped " + stale + " process(es) left running by an earlier launcher");
        }
        PostgresNode.stopStale(data.postgres());
        if (options.reset()) {
            Console.info("--reset: deleting everything in " + dataDir);
            data.reset();
        }
        data.createLayout();
        Console.info("data folder " + dataDir);
        List<ServiceProcess.Spec> built = ServiceProcess.ALL.stream()
                .filter(spec -> Files.isRegularFile(repo.quarkusRunJar(spec.name())))
                .toList();
        requireFreePorts(built);

        // Keycloak is by far the slowest part and needs neither PostgreSQL nor Kafka: start it first, in parallel.
        CompletableFuture<Void> keycloakReady = CompletableFuture.completedFuture(null);
        if (options.keycloak()) {
            Path zip = repo.keycloakZip().orElseThrow(() -> new LaunchException(
                    "the Keycloak " + repo.keycloakVersion() + " distribution was not found in deploy/local/target/keycloak;"
                            + " build with ./run-local.sh (or ./mvnw install), or start with --no-keycloak"));
            register(() -> keycloak = new KeycloakNode(zip, repo.keycloakVersion(), repo.realmFile(), data));
            Console.info("Keycloak: starting on " + KeycloakNode.URL + " with Java " + keycloak.java().major()
                    + " (" + keycloak.java().path() + ")");
            keycloakReady = runInBackground("keycloak-starter", () -> {
                keycloak.prepare();
                keycloak.start();
                keycloak.awaitReady();
            });
        }

        long t = System.nanoTime();
        Path postgresLog = data.newLog("postgres");
        register(() -> postgres = new PostgresNode(data.postgres(), data.postgresBinaries(), postgresLog,
                options.postgresPort(), repo.postgresVersion()));
        postgres.start();
        timings.put("PostgreSQL", Console.seconds(System.nanoTime() - t));
        Console.info("PostgreSQL: ready on 127.0.0.1:" + postgres.port() + " in " + timings.get("PostgreSQL"));

        t = System.nanoTime();
        register(() -> kafka = new KafkaNode(data.kafka(), KAFKA_PORT, KAFKA_CONTROLLER_PORT));
        kafka.start();
        timings.put("Kafka", Console.seconds(System.nanoTime() - t));
        Console.info("Kafka: ready on " + kafka.bootstrapServers() + " in " + timings.get("Kafka"));

        if (keycloak != null) {
            await(keycloakReady);
            String note = keycloak.setupNote().isEmpty() ? "" : " (+ first-start " + keycloak.setupNote() + ")";
            timings.put("Keycloak", Console.seconds(keycloak.startupNanos()) + note);
            Console.info("Keycloak: ready in " + timings.get("Keycloak"));
        }

        List<String> skipped = startServices(repo, built);
        Summary.print(dataDir, System.nanoTime() - t0, timings, postgres, kafka, keycloak, services, skipped);
        boolean catalogRunning = services.stream()
                .anyMatch(s -> s.spec().name().equals("catalog-service") && s.isRunning());
        SmokeCheck.run(keycloak != null, catalogRunning);
    }

    /** Launches every built service at once (they start faster together than in a row), then waits for each. */
    private List<String> startServices(RepoLayout repo, List<ServiceProcess.Spec> built) throws Exception {
        List<String> skipped = new ArrayList<>();
        for (ServiceProcess.Spec spec : ServiceProcess.ALL) {
            Path jar = repo.quarkusRunJar(spec.name());
            if (!built.contains(spec)) {
                String note = spec.name() + ": not built (" + repo.root().relativize(jar) + " missing), skipped";
                Console.info(note);
                skipped.add(note);
                continue;
            }
            ServiceProcess service = new ServiceProcess(spec, jar, data);
            register(() -> services.add(service));
            service.start(postgres, kafka);
            Console.info(spec.name() + ": starting on port " + spec.port());
        }
        for (ServiceProcess service : services) {
            service.awaitReady();
            timings.put(service.spec().name(), Console.seconds(service.startupNanos()));
            Console.info(service.spec().name() + ": ready in " + timings.get(service.spec().name()));
        }
        return skipped;
    }

    /**
     * All ports up front, before anything slow or destructive happens: a readiness probe would happily report
     * another program's Keycloak or PostgreSQL as ours.
     */
    private void requireFreePorts(List<ServiceProcess.Spec> built) throws LaunchException {
        Ports.requireFree(options.postgresPort(), "PostgreSQL");
        Ports.requireFree(KAFKA_PORT, "Kafka");
        Ports.requireFree(KAFKA_CONTROLLER_PORT, "Kafka controller");
        if (options.keycloak()) {
            Ports.requireFree(KeycloakNode.HTTP_PORT, "Keycloak");
            Ports.requireFree(KeycloakNode.MANAGEMENT_PORT, "Keycloak management");
        }
        for (ServiceProcess.Spec spec : built) {
            Ports.requireFree(spec.port(), spec.name());
        }
    }

    /** Services first (they use everything else), then Keycloak, Kafka and PostgreSQL last. */
    private void stopAll() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        synchronized (lifecycle) {
            // Barrier: whatever register() accepted before this point is visible below; nothing is accepted after.
        }
        if (data == null) {
            return;
        }
        if (postgres == null && keycloak == null) {
            data.close(); // failed before starting anything: nothing to report
            return;
        }
        long t0 = System.nanoTime();
        Console.info("stopping ...");
        services.parallelStream().forEach(s -> quietly(s.spec().name(), s::close));
        if (keycloak != null) {
            quietly("Keycloak", keycloak::close);
        }
        if (kafka != null) {
            quietly("Kafka", kafka::close);
        }
        if (postgres != null) {
            quietly("PostgreSQL", postgres::close);
        }
        data.close();
        Console.info("stopped in " + Console.seconds(System.nanoTime() - t0));
    }

    private interface Step {
        void run() throws Exception;
    }

    /**
     * Makes a component known to the shutdown hook, or refuses once the hook has begun, so that a Ctrl-C during
     * start-up cannot slip a process past it. Each component serialises its own start() and close(), so the hook
     * stops a component that is still starting once its start has finished.
     */
    private void register(Step assignment) throws Exception {
        synchronized (lifecycle) {
            if (stopped.get()) {
                throw new LaunchException("start-up interrupted");
            }
            assignment.run();
        }
    }

    private static void quietly(String what, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            Console.warn("stopping " + what + " failed: " + e);
        }
    }

    private static CompletableFuture<Void> runInBackground(String name, Step step) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                step.run();
                result.complete(null);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        // Must not hold the JVM open once the main thread has decided to exit.
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static void await(CompletableFuture<Void> future) throws Exception {
        try {
            future.get();
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
