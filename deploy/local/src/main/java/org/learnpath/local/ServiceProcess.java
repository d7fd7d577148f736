package org.learnpath.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One LearnPath Quarkus application (a service or the portal), run from its fast-jar as a child JVM. Ports,
 * database, Kafka and Keycloak are passed as system properties, which Quarkus ranks above application.properties,
 * so the services need no "local" profile; what the applications read from environment variables in %prod (the
 * portal's settings, the services' CORS origins) comes as environment variables (LocalEnvironment).
 */
final class ServiceProcess implements AutoCloseable {

    /**
     * @param database the service's database, or null for an application without one (the portal: no database, no
     *             Kafka)
     * @param memory the service's heap and native memory options: the catalog serves reads from an in-memory
     *             snapshot (about 22 MB live with the seeded catalog) and gets 40 MB of heap, and returns freed
     *             native memory to the system every second (glibc keeps it otherwise). Under reads at 2,000/s
     *             with its class-data archive, a lone instance was resident at 206 MB with 64 MB of heap,
     *             196-198 MB with 40 MB and 191-192 MB with the trimming too; the launcher's own, 195-196 MB. The services that take answers buffer request bodies and
     *             batches under load and get 256 MB. The portal renders pages and forwards API calls, keeps its
     *             sessions in cookies and holds no data: the catalog's options with 64 MB of heap (not measured
     *             yet)
     * @param jit  JIT options of the service. The catalog runs with the client compiler only: on 2 cores, C2
     *             compiling during the first minutes of load competed with the requests themselves (catalog
     *             reads at 2,000/s, bench/catalog-read.sh: p99 31-84 ms and 248-268 MB resident with both
     *             compilers, 5.4-8.4 ms and 202-214 MB with C1 alone; start-up 5.0 s against 6.5 s), and
     *             serving a snapshot needs no peak optimisation; nor do the portal's pages. The answer-taking
     *             services keep C2 for their batch work.
     */
    record Spec(String name, String database, List<String> memory, List<String> jit) {

        /** Whether it uses PostgreSQL and Kafka (the services) or neither (the portal). */
        boolean usesData() {
            return database != null;
        }
    }

    /**
     * Both compilers, with room for their code. With 40 MB the code cache of assessment-service under answers
     * was more than three quarters full, so the JVM kept evicting compiled methods and compiling them again: 756
     * compilations in 10 s at 300 answers/s, 60% of a core, six minutes into the load. Only what is used becomes
     * resident; the reservation itself costs address space.
     */
    private static final List<String> WITH_C2 = List.of("-XX:ReservedCodeCacheSize=128m");

    /** The client compiler alone, with a code cache sized for it. */
    private static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=40m");

    private static final String NATIVE_HEAP_TRIM = "-XX:TrimNativeHeapInterval=1000";

    /** In start order: the three services, then the portal, which calls them. */
    static final List<Spec> ALL = List.of(
            new Spec(LocalSystem.CATALOG, "catalog", withNativeHeapTrim("-Xms16m", "-Xmx40m", "-Xmn10m"), C1_ONLY),
            new Spec(LocalSystem.ASSESSMENT, "assessment", List.of("-Xms64m", "-Xmx256m"), WITH_C2),
            new Spec(LocalSystem.RECOMMENDER, "recommender", List.of("-Xms64m", "-Xmx256m"), WITH_C2),
            new Spec(LocalSystem.PORTAL, null, withNativeHeapTrim("-Xms16m", "-Xmx64m"), C1_ONLY));

    static Spec spec(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + name));
    }

    /** Asked of the JVM once, when the first options are composed. */
    private static final class NativeHeapTrim {
        static final boolean SUPPORTED = jvmAccepts(NATIVE_HEAP_TRIM);
    }

    /**
     * The options, and periodic trimming of the native heap where this JVM has it as a product option (JDK 17 from
     * about update 9, JDK 21 from about update 4, later releases). Asked of the JVM itself: one without it refuses
     * the option and does not start.
     */
    private static List<String> withNativeHeapTrim(String... options) {
        List<String> all = new java.util.ArrayList<>(List.of(options));
        if (NativeHeapTrim.SUPPORTED) {
            all.add(NATIVE_HEAP_TRIM);
        }
        return List.copyOf(all);
    }

    private static boolean jvmAccepts(String option) {
        try {
            Process probe = new ProcessBuilder(javaBin(), option, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            probe.getOutputStream().close();
            if (!probe.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return false;
            }
            return probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final Spec spec;
    private final int port;
    private final int managementPort;
    private final String oidcIssuer;
    private final Path jar;
    private final DataDirectory data;
    private final ClassDataArchive classData;
    private final Map<String, String> environment;
    private ChildProcess process;
    private boolean closed;
    private volatile long launchedAt;
    private volatile long startupNanos;

    /**
     * @param managementPort where the service serves /q/health and /q/metrics
     * @param classData the service's class-data archive, or null to start without one
     * @param environment variables the application reads in %prod, set beside the launcher's own environment
     */
    ServiceProcess(Spec spec, int port, int managementPort, String oidcIssuer, Path jar, DataDirectory data,
                   ClassDataArchive classData, Map<String, String> environment) {
        this.spec = spec;
        this.port = port;
        this.managementPort = managementPort;
        this.oidcIssuer = oidcIssuer;
        this.jar = jar;
        this.data = data;
        this.classData = classData;
        this.environment = Map.copyOf(environment);
    }

    Spec spec() {
        return spec;
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    int managementPort() {
        return managementPort;
    }

    /** Health and metrics: Quarkus' management interface, not the API port. */
    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** The log of the current (or last) run; an earlier run's is kept beside it as {@code .log.1}. */
    Path log() {
        ChildProcess p = process;
        return p != null ? p.log() : data.logs().resolve(spec.name() + ".log");
    }

    long startupNanos() {
        return startupNanos;
    }

    boolean isRunning() {
        ChildProcess p = process;
        return p != null && p.isAlive();
    }

    /** Launches the service; also after {@link #kill()} or {@link #stop()}, to restart it on the same data. */
    synchronized void start(PostgresNode postgres, KafkaNode kafka) throws IOException, LaunchException {
        if (closed) {
            throw new LaunchException("stopping");
        }
        if (isRunning()) {
            throw new LaunchException(spec.name() + " is already running");
        }
        List<String> command = spec.usesData()
                ? command(postgres.jdbcUrl(spec.database()), kafka.bootstrapServers())
                : command(null, null);
        launchedAt = System.nanoTime();
        // Run from the module folder so that anything the service resolves relative to its cwd behaves as in dev.
        Path moduleDir = jar.getParent().getParent().getParent();
        process = ChildProcess.start(spec.name(), command, moduleDir, environment(), data.newLog(spec.name()),
                data.run());
    }

    /**
     * The java command line. A service gets its database, Kafka and Keycloak as system properties; the portal, which
     * has no database and no Kafka, reads Keycloak's address from its environment ({@link #environment()}).
     *
     * @param jdbcUrl the service's database; not used for the portal
     * @param kafkaBootstrapServers the broker; not used for the portal
     */
    List<String> command(String jdbcUrl, String kafkaBootstrapServers) {
        List<String> command = new java.util.ArrayList<>();
        command.add(javaBin());
        command.addAll(jvmOptions(spec.memory(), spec.jit()));
        if (classData != null) {
            command.addAll(classData.jvmOptions());
        }
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort);
        if (spec.usesData()) {
            command.addAll(List.of(
                    "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                    "-Dquarkus.datasource.username=" + PostgresNode.USER,
                    "-Dquarkus.datasource.password=" + PostgresNode.PASSWORD,
                    "-Dkafka.bootstrap.servers=" + kafkaBootstrapServers,
                    "-Dquarkus.oidc.auth-server-url=" + oidcIssuer));
        }
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /** What the child gets beside the launcher's own environment. */
    Map<String, String> environment() {
        Map<String, String> env = new java.util.LinkedHashMap<>(environment);
        // Fewer malloc arenas: glibc's default (8 per core) adds tens of MB of resident memory per JVM.
        env.put("MALLOC_ARENA_MAX", "2");
        return env;
    }

    /**
     * Three services and the portal beside Keycloak on a laptop: small heaps and the serial collector keep resident memory low
     * (an assessment service with 96 MB of heap ran out of memory under an overload of 200 answers/s, hence more
     * for the two that take answers). LEARNPATH_SERVICE_JAVA_OPTS replaces these options.
     */
    static List<String> jvmOptions(List<String> memory, List<String> jit) {
        String custom = System.getenv("LEARNPATH_SERVICE_JAVA_OPTS");
        if (custom != null && !custom.isBlank()) {
            return List.of(custom.trim().split("\\s+"));
        }
        // Netty's default pools reserve large chunks per arena; small services need one small arena.
        List<String> options = new java.util.ArrayList<>(List.of("-XX:+UseSerialGC"));
        options.addAll(memory);
        options.addAll(List.of("-XX:MaxMetaspaceSize=128m", "-Xss256k",
                "-XX:MaxDirectMemorySize=32m", "-Dio.netty.allocator.maxOrder=3",
                "-Dio.netty.allocator.numDirectArenas=1", "-Dio.netty.allocator.numHeapArenas=1",
                "-XX:+ExitOnOutOfMemoryError"));
        options.addAll(jit);
        return options;
    }

    void awaitReady() throws LaunchException, InterruptedException {
        ChildProcess p = process;
        try {
            Http.awaitOk(managementUrl() + "/q/health/ready", READY_TIMEOUT, p::isAlive, spec.name(), p.log());
        } catch (LaunchException e) {
            String hint = p.logText().contains("FlywayValidateException")
                    ? "\n  The database was migrated by an earlier version of the service's migrations (data persists"
                      + " across runs): start once with --reset, or add a new migration instead of editing an applied one."
                    : "";
            throw new LaunchException(e.getMessage() + ":\n" + p.failureExcerpt() + hint);
        }
        startupNanos = System.nanoTime() - launchedAt;
        p.ready();
    }

    /**
     * Makes the service's class-data archive if it has none yet (the first run of a build), so that its next start is
     * faster. The service keeps serving; its JVM pauses for a few seconds while it writes the archive.
     */
    void saveClassData() {
        ChildProcess p = process;
        if (classData == null || classData.exists() || p == null || !p.isAlive()) {
            return;
        }
        Console.info(spec.name() + ": saving its class data for faster starts (once per build)");
        try {
            classData.dump(p.pid());
        } catch (IOException | RuntimeException e) {
            // Only a faster start is lost: never a reason to fail the launch.
            Console.warn(spec.name() + ": class data not saved (" + e.getMessage() + "); its next start is not faster");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, as a crash would end it: no shutdown hooks, no graceful close of connections or transactions. */
    synchronized void kill() {
        if (process != null) {
            process.kill();
        }
    }

    /** SIGTERM, then SIGKILL after the grace period; {@link #start} may launch it again. */
    synchronized void stop() {
        if (process != null) {
            process.stop();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (process != null) {
            process.stop();
        }
    }
}
