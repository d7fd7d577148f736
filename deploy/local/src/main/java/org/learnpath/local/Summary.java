package org.learnpath.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The "everything is up" screen: what runs where and how to log in. */
final class Summary {

    /** A demo login: user name, organization (alias) and realm roles. */
    record DemoUser(String username, String organization, List<String> roles) {
    }

    /** A demo integration client (client credentials): its id, DEMO-ONLY secret and organization. */
    record DemoClient(String clientId, String secret, String organization) {
    }

    /** Mirrors deploy/keycloak/learnpath-realm.json (a test in deploy/manifests compares them). */
    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("alice", "acme", List.of("learner")),
            new DemoUser("bob", "acme", List.of("learner")),
            new DemoUser("ada", "acme", List.of("author", "learner")),
            new DemoUser("grace", "acme", List.of("admin", "author", "learner")),
            new DemoUser("maria", "acme", List.of("manager", "learner")),
            new DemoUser("gina", "globex", List.of("learner")),
            new DemoUser("gus", "globex", List.of("manager", "learner")),
            new DemoUser("gwen", "globex", List.of("admin", "learner")));

    /** Mirrors the realm's service-account clients, each with the role integration. */
    static final List<DemoClient> DEMO_INTEGRATIONS = List.of(
            new DemoClient("learnpath-integration", "learnpath-integration-secret", "acme"),
            new DemoClient("globex-integration", "globex-integration-secret", "globex"));

    private static final String LINE = "=".repeat(100);

    private Summary() {
    }

    static void print(LocalSystem system, long totalNanos) {
        print(system.dataDir(), totalNanos, system.timings(), system.postgres(), system.kafka(), system.keycloak(),
                system.services(), system.skippedServices(), system.serviceUrl(LocalSystem.CATALOG));
    }

    private static void print(Path dataDir, long totalNanos, Map<String, String> timings, PostgresNode postgres,
                              KafkaNode kafka, KeycloakNode keycloak, List<ServiceProcess> started,
                              List<String> skipped, String catalogUrl) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(LINE).append('\n');
        out.append(" LearnPath is running (started in ").append(Console.seconds(totalNanos)).append(")   Stop: Ctrl-C\n");
        out.append(" Start-up: ").append(timings.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" | "))).append('\n');
        out.append(LINE).append('\n');

        // The portal first: it is where a person starts.
        List<ServiceProcess> services = new java.util.ArrayList<>();
        for (ServiceProcess process : started) {
            if (process.spec().name().equals(LocalSystem.PORTAL)) {
                out.append(portalLine(process.baseUrl(), process.managementUrl(), keycloak != null));
            } else {
                services.add(process);
            }
        }

        out.append(" Services\n");
        for (ServiceProcess service : services) {
            // Health and metrics are on the service's management port, not on the API's.
            out.append(String.format("   %-20s API %s/api   OpenAPI /q/openapi   Health %s/q/health   Metrics /q/metrics%n",
                    service.spec().name(), service.baseUrl(), service.managementUrl()));
        }
        for (String note : skipped) {
            out.append("   ").append(note).append('\n');
        }

        out.append(" Infrastructure\n");
        out.append(String.format("   %-12s jdbc:postgresql://127.0.0.1:%d/{%s}   user %s / %s%n", "PostgreSQL",
                postgres.port(), String.join(",", PostgresNode.DATABASES), PostgresNode.USER, PostgresNode.PASSWORD));
        out.append(String.format("   %-12s %s%n", "Kafka", kafka.bootstrapServers()));
        if (keycloak != null) {
            out.append(String.format("   %-12s %s   admin console %s/admin   (%s / %s)%n", "Keycloak",
                    keycloak.url(), keycloak.url(), KeycloakNode.ADMIN_USER, KeycloakNode.ADMIN_PASSWORD));
            out.append(String.format("   %-12s %s%n", "OIDC issuer", keycloak.issuer()));

            out.append(" Demo logins (realm learnpath; the portal signs in as client ")
                    .append(LocalEnvironment.PORTAL_CLIENT_ID).append(", tools and scripts use learnpath-portal)\n");
            for (DemoUser user : DEMO_USERS) {
                out.append(String.format("   %-8s password learnpath   organization %-8s roles %s%n", user.username(),
                        user.organization(), String.join(", ", user.roles())));
            }
            out.append(" Integration clients (client_credentials, role integration; DEMO-ONLY secrets)\n");
            for (DemoClient client : DEMO_INTEGRATIONS) {
                out.append(String.format("   client id %-22s secret %-29s organization %s%n", client.clientId(),
                        client.secret(), client.organization()));
            }
            out.append(" Try it\n");
            out.append("   TOKEN=$(curl -s -d grant_type=password -d client_id=learnpath-portal -d username=alice"
                    + " -d password=learnpath \\\n");
            out.append("     ").append(keycloak.tokenUrl())
                    .append(" | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n");
            out.append("   curl -H \"Authorization: Bearer $TOKEN\" ").append(catalogUrl).append("/api/modules\n");
        } else {
            out.append(String.format("   %-12s not started (--no-keycloak): services cannot validate tokens%n", "Keycloak"));
        }
        out.append(" Data folder ").append(dataDir).append("   (logs in ").append(dataDir.resolve("logs")).append(")\n");
        out.append(LINE).append('\n');
        System.out.print(out);
        System.out.flush();
    }

    /** The portal's line: where to open it and whom to sign in as (or why signing in cannot work). */
    static String portalLine(String url, String managementUrl, boolean keycloakStarted) {
        String action = keycloakStarted
                ? "open " + url + " and sign in as " + DEMO_USERS.get(0).username() + " / learnpath"
                : "open " + url + " (signing in needs Keycloak, which was not started)";
        return " Portal   " + action + "   Health " + managementUrl + "/q/health\n";
    }
}
