package org.learnpath.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line and environment each application is launched with (nothing is started here). */
class ServiceProcessTest {

    private static final String ISSUER = "http://localhost:8180/realms/learnpath";
    private static final Path JAR = Path.of("/repo/x/target/quarkus-app/quarkus-run.jar");

    private static ServiceProcess process(String name) {
        PortPlan ports = PortPlan.defaults();
        return new ServiceProcess(ServiceProcess.spec(name), ports.service(name), ports.management(name), ISSUER, JAR,
                null, null, LocalEnvironment.of(name, ports, ISSUER));
    }

    @Test
    void theServicesStartFirstAndThePortalLast() {
        assertThat(ServiceProcess.ALL).extracting(ServiceProcess.Spec::name)
                .containsExactlyElementsOf(LocalSystem.PROCESSES);
        assertThat(LocalSystem.PROCESSES).startsWith(LocalSystem.SERVICES.toArray(String[]::new))
                .endsWith(LocalSystem.PORTAL);
    }

    @Test
    void aServiceGetsItsDatabaseKafkaAndKeycloak() {
        List<String> command = process(LocalSystem.ASSESSMENT)
                .command("jdbc:postgresql://127.0.0.1:15432/assessment", "127.0.0.1:19092");
        assertThat(command).contains("-Dquarkus.http.port=8082", "-Dquarkus.management.port=9082",
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:15432/assessment",
                "-Dkafka.bootstrap.servers=127.0.0.1:19092", "-Dquarkus.oidc.auth-server-url=" + ISSUER);
        assertThat(command.subList(command.size() - 2, command.size())).containsExactly("-jar", JAR.toString());
        assertThat(process(LocalSystem.ASSESSMENT).environment())
                .containsEntry("LEARNPATH_CORS_ORIGINS", "http://localhost:8084,http://127.0.0.1:8084")
                .containsEntry("MALLOC_ARENA_MAX", "2");
    }

    /** No database, no Kafka: the portal's settings are the environment variables its %prod profile reads. */
    @Test
    void thePortalGetsItsPortsAndItsEnvironmentOnly() {
        ServiceProcess portal = process(LocalSystem.PORTAL);
        assertThat(ServiceProcess.spec(LocalSystem.PORTAL).usesData()).isFalse();
        List<String> command = portal.command(null, null);
        assertThat(command).contains("-Dquarkus.http.port=8084", "-Dquarkus.management.port=9084");
        assertThat(command).noneMatch(o -> o.startsWith("-Dquarkus.datasource") || o.startsWith("-Dkafka.")
                || o.startsWith("-Dquarkus.oidc"));
        assertThat(command).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
        Map<String, String> env = portal.environment();
        assertThat(env).containsEntry("OIDC_AUTH_SERVER_URL", ISSUER)
                .containsEntry("PORTAL_OIDC_CLIENT_SECRET", "learnpath-web-secret")
                .containsEntry("CATALOG_URL", "http://localhost:8081")
                .containsEntry("MALLOC_ARENA_MAX", "2")
                .doesNotContainKey("LEARNPATH_CORS_ORIGINS");
    }

    @Test
    void theSummaryOpensWithThePortal() {
        assertThat(Summary.portalLine("http://localhost:8084", "http://localhost:9084", true))
                .startsWith(" Portal").contains("open http://localhost:8084 and sign in as alice / learnpath")
                .contains("http://localhost:9084/q/health");
        assertThat(Summary.portalLine("http://localhost:8084", "http://localhost:9084", false))
                .contains("open http://localhost:8084").contains("Keycloak").doesNotContain("sign in as");
    }
}
