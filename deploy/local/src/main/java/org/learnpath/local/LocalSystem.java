package org.learnpath.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole system on this machine, without containers: PostgreSQL, a KRaft Kafka broker (inside this JVM),
 * Keycloak with the learnpath realm, and every built service and the portal, each as its own {@code java -jar}
 * process. The launcher ({@link LocalLauncher}) runs one with the documented fixed ports; the end-to-end tests run
 * another on their own ports and data folder, beside it.
 *
 * <pre>{@code
 * LocalSystem system = LocalSystem.create(new LocalSystem.Options()
 *         .dataDir(dir).ports(PortPlan.fromBase(18300)).reset(true).requireAllServices(true));
 * system.start();                       // returns once everything answers; close() on failure is the caller's
 * system.serviceUrl(LocalSystem.CATALOG);
 * system.portalUrl();                   // the web front end: sign in as a demo user
 * system.killService(LocalSystem.RECOMMENDER);     // SIGKILL
 * system.restartService(LocalSystem.RECOMMENDER);  // same ports and data, waits until ready
 * system.close();                       // services, Keycloak, Kafka, PostgreSQL, in that order
 * }</pre>
 *
 * <p>{@link #close()} may be called from a shutdown hook at any time, also while {@link #start()} runs: a component
 * still starting is stopped once its start returns, and nothing starts afterwards.
 */
public final class LocalSystem implements AutoCloseable {

    public static final String CATALOG = "catalog-service";
    public static final String ASSESSMENT = "assessment-service";
    public static final String RECOMMENDER = "recommender-service";
    /** The web front end: pages, sign-in as the realm's learnpath-web client, and a proxy to the services' APIs. */
    public static final String PORTAL = "portal";
    /** The services with an API, in start order. */
    public static final List<String> SERVICES = List.of(CATALOG, ASSESSMENT, RECOMMENDER);
    /** Every application process, in start order: the services, then the portal, which calls them. */
    public static final List<String> PROCESSES = List.of(CATALOG, ASSESSMENT, RECOMMENDER, PORTAL);

    public static final String REALM = KeycloakNode.REALM;
    public static final String KEYCLOAK_ADMIN_USER = KeycloakNode.ADMIN_USER;
    public static final String KEYCLOAK_ADMIN_PASSWORD = KeycloakNode.ADMIN_PASSWORD;
    public static final String DB_USER = PostgresNode.USER;
    public static final String DB_PASSWORD = PostgresNode.PASSWORD;

    /** What to start and where. Every setting has a default that matches {@code ./run-local.sh}. */
    public static final class Options {
        private Path dataDir;
        private PortPlan ports = PortPlan.defaults();
        private boolean keycloak = true;
        private boolean reset;
        private boolean keepKeycloakOnReset;
        private Path repoRoot;
        private Path keycloakZip;
        private boolean requireAllServices;
        private boolean servicesAlongsideKeycloak;
        private boolean classDataSharing = true;

        /** All state goes here (default {@code <repo>/.learnpath}). A non-empty folder not created by us is refused. */
        public Options dataDir(Path dir) {
            this.dataDir = dir == null ? null : dir.toAbsolutePath().normalize();
            return this;
        }

        public Options ports(PortPlan plan) {
            this.ports = Objects.requireNonNull(plan, "ports");
            return this;
        }

        /** Without Keycloak the services start but cannot validate tokens. */
        public Options keycloak(boolean start) {
            this.keycloak = start;
            return this;
        }

        /** Delete the data folder's content first (after stopping whatever an earlier run left behind). */
        public Options reset(boolean reset) {
            this.reset = reset;
            return this;
        }

        /** On reset, keep Keycloak's unpacked distribution and database (a changed realm file is re-imported anyway). */
        public Options keepKeycloakOnReset(boolean keep) {
            this.keepKeycloakOnReset = keep;
            return this;
        }

        /** The checkout (default: found from this jar's location or the working directory). */
        public Options repoRoot(Path root) {
            this.repoRoot = root;
            return this;
        }

        /** Keycloak's distribution zip (default: deploy/local/target/keycloak, then the local Maven repository). */
        public Options keycloakZip(Path zip) {
            this.keycloakZip = zip;
            return this;
        }

        /** Fail when a service's or the portal's quarkus-run.jar is missing, instead of skipping it. */
        public Options requireAllServices(boolean require) {
            this.requireAllServices = require;
            return this;
        }

        /**
         * Launch the services as soon as PostgreSQL and Kafka are up, while Keycloak is still starting (as they
         * may in a cluster): quarkus-oidc then fetches Keycloak's metadata on the first authenticated request.
         * Shortens a cold start; by default the services wait for Keycloak, so that they find it at once.
         */
        public Options servicesAlongsideKeycloak(boolean alongside) {
            this.servicesAlongsideKeycloak = alongside;
            return this;
        }

        /**
         * Keep a class-data archive per service in the data folder and start the services with it (see
         * ClassDataArchive): the first run of a build writes it, later runs start faster. Off for a system that is
         * started once on fresh data, where it would only cost the writing.
         */
        public Options classDataSharing(boolean share) {
            this.classDataSharing = share;
            return this;
        }
    }

    private final Options options;
    private final AtomicBoolean stopped = new AtomicBoolean();
    /** Orders component registration against close(); see {@link #register}. */
    private final Object lifecycle = new Object();
    private final Map<String, String> timings = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final List<String> skipped = new CopyOnWriteArrayList<>();
    private volatile Path dataDir;
    private volatile DataDirectory data;
    private volatile PostgresNode postgres;
    private volatile KafkaNode kafka;
    private volatile KeycloakNode keycloak;

    private LocalSystem(Options options) {
        this.options = options;
    }

    /** Nothing runs yet: register {@link #close()} where it must run (e.g. a shutdown hook), then {@link #start()}. */
    public static LocalSystem create(Options options) {
        return new LocalSystem(Objects.requireNonNull(options, "options"));
    }

    /**
     * Starts everything and returns once every part answers. {@link LaunchException}s carry a message meant for
     * people (what failed, which log to read); other exceptions are unexpected. Either way, call {@link #close()}.
     */
    public void start() throws Exception {
        RepoLayout repo = options.repoRoot != null ? RepoLayout.at(options.repoRoot) : RepoLayout.locate();
        dataDir = options.dataDir != null ? options.dataDir : repo.defaultDataDir();
        register(() -> data = DataDirectory.open(dataDir));

        // Holding the data folder's lock proves no other launcher owns these, so anything still alive is debris.
        int stale = ChildProcess.stopStale(data.run());
        if (stale > 0) {
            Console.info("stopped " + stale + " process(es) left running by an earlier launcher");
        }
        PostgresNode.stopStale(data.postgres());
        if (options.reset) {
            Console.info("--reset: deleting everything in " + dataDir
                    + (options.keepKeycloakOnReset ? " but Keycloak" : ""));
            data.reset(options.keepKeycloakOnReset);
        }
        data.createLayout();
        Console.info("data folder " + dataDir);
        List<ServiceProcess.Spec> built = ServiceProcess.ALL.stream()
                .filter(spec -> Files.isRegularFile(repo.quarkusRunJar(spec.name())))
                .toList();
        if (options.requireAllServices && built.size() < ServiceProcess.ALL.size()) {
            List<String> missing = ServiceProcess.ALL.stream().filter(s -> !built.contains(s))
                    .map(s -> repo.root().relativize(repo.quarkusRunJar(s.name())).toString()).toList();
            throw new LaunchException("not built: " + String.join(", ", missing)
                    + "; package those modules first (./mvnw package -DskipTests)");
        }
        requireFreePorts(built);

        // Keycloak is by far the slowest part and needs neither PostgreSQL nor Kafka: start it first, in parallel.
        CompletableFuture<Void> keycloakReady = CompletableFuture.completedFuture(null);
        if (options.keycloak) {
            Path zip = keycloakZip(repo);
            register(() -> keycloak = new KeycloakNode(zip, repo.keycloakVersion(), repo.realmFile(), data,
                    options.ports.keycloak(), options.ports.keycloakManagement()));
            Console.info("Keycloak: starting on " + keycloak.url() + " with Java " + keycloak.java().major()
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
                options.ports.postgres(), repo.postgresVersion()));
        postgres.start();
        timings.put("PostgreSQL", Console.seconds(System.nanoTime() - t));
        Console.info("PostgreSQL: ready on 127.0.0.1:" + postgres.port() + " in " + timings.get("PostgreSQL"));

        t = System.nanoTime();
        register(() -> kafka = new KafkaNode(data.kafka(), options.ports.kafka(), options.ports.kafkaController()));
        kafka.start();
        timings.put("Kafka", Console.seconds(System.nanoTime() - t));
        Console.info("Kafka: ready on " + kafka.bootstrapServers() + " in " + timings.get("Kafka"));

        if (options.servicesAlongsideKeycloak) {
            launchServices(repo, built);
        }
        if (keycloak != null) {
            await(keycloakReady);
            String note = keycloak.setupNote().isEmpty() ? "" : " (+ first-start " + keycloak.setupNote() + ")";
            timings.put("Keycloak", Console.seconds(keycloak.startupNanos()) + note);
            Console.info("Keycloak: ready in " + timings.get("Keycloak"));
        }
        if (!options.servicesAlongsideKeycloak) {
            launchServices(repo, built);
        }
        awaitServices();
    }

    private Path keycloakZip(RepoLayout repo) throws LaunchException {
        if (options.keycloakZip != null && Files.isRegularFile(options.keycloakZip)) {
            return options.keycloakZip;
        }
        Optional<Path> found = repo.keycloakZip();
        if (found.isPresent()) {
            return found.get();
        }
        if (options.keycloakZip != null) {
            throw new LaunchException("the Keycloak " + repo.keycloakVersion() + " distribution was not found at "
                    + options.keycloakZip + " nor in the local Maven repository");
        }
        throw new LaunchException("the Keycloak " + repo.keycloakVersion()
                + " distribution was not found in deploy/local/target/keycloak;"
                + " build with ./run-local.sh (or ./mvnw install), or start with --no-keycloak");
    }

    /**
     * Launches every built service, then the portal, at once: they start faster together than in a row, and the
     * portal calls the services only when a page needs them.
     */
    private void launchServices(RepoLayout repo, List<ServiceProcess.Spec> built) throws Exception {
        for (ServiceProcess.Spec spec : ServiceProcess.ALL) {
            Path jar = repo.quarkusRunJar(spec.name());
            if (!built.contains(spec)) {
                String note = spec.name() + ": not built (" + repo.root().relativize(jar) + " missing), skipped";
                Console.info(note);
                skipped.add(note);
                continue;
            }
            ClassDataArchive classData = options.classDataSharing && ClassDataArchive.supported()
                    ? ClassDataArchive.of(data.classData(), spec.name(), jar) : null;
            ServiceProcess service = new ServiceProcess(spec, options.ports.service(spec.name()),
                    options.ports.management(spec.name()), issuer(), jar, data, classData,
                    LocalEnvironment.of(spec.name(), options.ports, issuer()));
            register(() -> services.add(service));
            service.start(postgres, kafka);
            Console.info(spec.name() + ": starting on port " + service.port()
                    + " (management " + service.managementPort() + ")");
        }
    }

    private void awaitServices() throws Exception {
        for (ServiceProcess service : services) {
            service.awaitReady();
            timings.put(service.spec().name(), Console.seconds(service.startupNanos()));
            Console.info(service.spec().name() + ": ready in " + timings.get(service.spec().name()));
        }
        // After all are ready, one at a time: each dump takes a few seconds of CPU.
        for (ServiceProcess service : services) {
            service.saveClassData();
        }
    }

    /**
     * All ports up front, before anything slow or destructive happens: a readiness probe would happily report
     * another program's Keycloak or PostgreSQL as ours.
     */
    private void requireFreePorts(List<ServiceProcess.Spec> built) throws LaunchException {
        PortPlan ports = options.ports;
        Ports.requireFree(ports.postgres(), "PostgreSQL");
        Ports.requireFree(ports.kafka(), "Kafka");
        Ports.requireFree(ports.kafkaController(), "Kafka controller");
        if (options.keycloak) {
            Ports.requireFree(ports.keycloak(), "Keycloak");
            Ports.requireFree(ports.keycloakManagement(), "Keycloak management");
        }
        for (ServiceProcess.Spec spec : built) {
            Ports.requireFree(ports.service(spec.name()), spec.name());
            Ports.requireFree(ports.management(spec.name()), spec.name() + " management");
        }
    }

    // --- What runs where

    public PortPlan ports() {
        return options.ports;
    }

    /** The data folder (known once {@link #start()} has begun). */
    public Path dataDir() {
        return dataDir;
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    /** Keycloak's base URL (admin console at /admin), whether or not it was started. */
    public String keycloakUrl() {
        return KeycloakNode.url(options.ports.keycloak());
    }

    /** The learnpath realm's issuer: the services' {@code quarkus.oidc.auth-server-url}. */
    public String issuer() {
        return KeycloakNode.issuer(options.ports.keycloak());
    }

    public String tokenUrl() {
        return KeycloakNode.tokenUrl(options.ports.keycloak());
    }

    public boolean keycloakStarted() {
        return keycloak != null;
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + options.ports.kafka();
    }

    /** A service's database (catalog, assessment, recommender); user {@link #DB_USER}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + options.ports.postgres() + "/" + database;
    }

    /** A service's API, or the portal's pages ({@link #PORTAL}). */
    public String serviceUrl(String service) {
        return "http://localhost:" + options.ports.service(service);
    }

    /** The portal: open it in a browser and sign in as a demo user. */
    public String portalUrl() {
        return serviceUrl(PORTAL);
    }

    /** A service's management interface: /q/health and /q/metrics (the API port answers 404 there). */
    public String managementUrl(String service) {
        return "http://localhost:" + options.ports.management(service);
    }

    /**
     * The services and the portal launched by {@link #start()}, in start order (unbuilt ones are skipped unless
     * required).
     */
    public List<String> startedServices() {
        return services.stream().map(s -> s.spec().name()).toList();
    }

    public boolean isRunning(String service) {
        return service(service).isRunning();
    }

    /** The service's current log file; the run before a restart is kept as {@code <name>.log.1}. */
    public Path serviceLog(String service) {
        return service(service).log();
    }

    /** Start-up times per part, for the launcher's summary. */
    public Map<String, String> timings() {
        synchronized (timings) {
            return new LinkedHashMap<>(timings);
        }
    }

    /** Notes about services (or the portal) that were not built and therefore not started. */
    public List<String> skippedServices() {
        return List.copyOf(skipped);
    }

    // --- Crashes and restarts, for tests of what survives them

    /** SIGKILL to the service's process, as a crash or an OOM kill would end it; returns once it is gone. */
    public void killService(String service) {
        service(service).kill();
        Console.info(service + ": killed (SIGKILL)");
    }

    /** SIGTERM, SIGKILL after a grace period; returns once it is gone. */
    public void stopService(String service) {
        service(service).stop();
        Console.info(service + ": stopped");
    }

    /**
     * Starts a killed or stopped service again, on the same port, database and topics, and waits until it is ready
     * (a running one is stopped first).
     */
    public void restartService(String service) throws LaunchException, InterruptedException {
        ServiceProcess process = service(service);
        if (process.isRunning()) {
            process.stop();
        }
        if (stopped.get()) {
            throw new LaunchException("stopping");
        }
        try {
            process.start(postgres, kafka);
        } catch (java.io.IOException e) {
            throw new LaunchException(service + " could not be launched: " + e.getMessage(), e);
        }
        Console.info(service + ": restarting on port " + process.port()
                + " (management " + process.managementPort() + ")");
        process.awaitReady();
        Console.info(service + ": ready again in " + Console.seconds(process.startupNanos()));
    }

    private ServiceProcess service(String name) {
        return services.stream().filter(s -> s.spec().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " was not started"));
    }

    // --- Stopping

    public boolean isClosed() {
        return stopped.get();
    }

    /** Services first (they use everything else), then Keycloak, Kafka and PostgreSQL last. Idempotent. */
    @Override
    public void close() {
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

    // Package-private views for the launcher's summary.

    PostgresNode postgres() {
        return postgres;
    }

    KafkaNode kafka() {
        return kafka;
    }

    KeycloakNode keycloak() {
        return keycloak;
    }

    List<ServiceProcess> services() {
        return new ArrayList<>(services);
    }

    private interface Step {
        void run() throws Exception;
    }

    /**
     * Makes a component known to close(), or refuses once close() has begun, so that a Ctrl-C during start-up
     * cannot slip a process past it. Each component serialises its own start() and close(), so close() stops a
     * component that is still starting once its start has finished.
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
