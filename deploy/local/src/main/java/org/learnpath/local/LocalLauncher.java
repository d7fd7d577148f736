package org.learnpath.local;

/**
 * {@code ./run-local.sh}: starts the whole system ({@link LocalSystem}) on the documented fixed ports, prints the
 * summary and a smoke check, and runs until Ctrl-C. One shutdown hook stops everything in reverse dependency
 * order, both on Ctrl-C and when start-up fails halfway.
 */
public final class LocalLauncher {

    private LocalLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        LaunchOptions options;
        PortPlan ports;
        try {
            options = LaunchOptions.parse(args);
            ports = PortPlan.defaults().withPostgres(options.postgresPort());
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
        LocalSystem system = LocalSystem.create(new LocalSystem.Options()
                .dataDir(options.dataDir())
                .ports(ports)
                .keycloak(options.keycloak())
                .reset(options.reset()));
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "learnpath-shutdown"));
        try {
            long t0 = System.nanoTime();
            system.start();
            Summary.print(system, System.nanoTime() - t0);
            SmokeCheck.run(system, running(system, LocalSystem.CATALOG), running(system, LocalSystem.PORTAL));
            if (system.keycloakStarted() && running(system, LocalSystem.RECOMMENDER)) {
                DemoTeams.seed(system);
            }
        } catch (LaunchException e) {
            if (system.isClosed()) {
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

    private static boolean running(LocalSystem system, String name) {
        return system.startedServices().contains(name) && system.isRunning(name);
    }
}
