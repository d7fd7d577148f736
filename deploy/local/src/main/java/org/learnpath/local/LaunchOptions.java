package org.learnpath.local;

import java.nio.file.Path;

/** Command-line flags. Everything else (ports, users) is fixed so that docs and examples stay copy-pasteable. */
record LaunchOptions(boolean help, boolean reset, boolean keycloak, Path dataDir, int postgresPort) {

    static final int DEFAULT_POSTGRES_PORT = 15432;

    static final String USAGE = """
            Usage: ./run-local.sh [options]      (or: java -jar deploy/local/target/learnpath-local.jar [options])

            Starts PostgreSQL, Kafka, Keycloak, every built LearnPath service and the portal (http://localhost:8084)
            on this machine, without containers. Ctrl-C stops everything.

            Options:
              --data-dir DIR     keep all state in DIR (default: <repo>/.learnpath)
              --reset            delete the data folder first (databases, topics, Keycloak users and sessions)
              --no-keycloak      do not start Keycloak (quick checks; services cannot validate tokens)
              --pg-port PORT     PostgreSQL port (default: 15432)
              -h, --help         show this help
              --no-build         (run-local.sh only) skip the Maven build and start what is already built
              --build            (run-local.sh only) build even when no file changed since the last build
            """;

    static LaunchOptions parse(String[] args) {
        boolean help = false;
        boolean reset = false;
        boolean keycloak = true;
        Path dataDir = null;
        int postgresPort = DEFAULT_POSTGRES_PORT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                inlineValue = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "--reset" -> reset = true;
                case "--no-keycloak" -> keycloak = false;
                case "--data-dir" -> {
                    String value = inlineValue != null ? inlineValue : next(args, ++i, arg);
                    dataDir = Path.of(value).toAbsolutePath().normalize();
                }
                case "--pg-port" -> {
                    String value = inlineValue != null ? inlineValue : next(args, ++i, arg);
                    try {
                        postgresPort = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--pg-port needs a number, got '" + value + "'");
                    }
                    if (postgresPort < 1 || postgresPort > 65535) {
                        throw new IllegalArgumentException("--pg-port out of range: " + postgresPort);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        return new LaunchOptions(help, reset, keycloak, dataDir, postgresPort);
    }

    private static String next(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
