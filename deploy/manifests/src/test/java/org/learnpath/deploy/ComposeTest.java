package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * deploy/compose.yaml: the same topology on one container engine, with its data kept across recreated containers,
 * health checks that mean what they say, and service images that can be had.
 */
class ComposeTest {

    /** The apache/kafka image's log.dirs when KAFKA_LOG_DIRS is not set: under /tmp, inside the container. */
    static final String KAFKA_IMAGE_LOG_DIRS = "/tmp/kraft-combined-logs";

    static Stream<String> services() {
        return Repo.SERVICES.stream();
    }

    /** The services and the portal. */
    static Stream<String> applications() {
        return Repo.APPLICATIONS.stream();
    }

    static Map<String, JsonNode> environment(JsonNode service) {
        return Tree.fields(service.path("environment"));
    }

    /** A health check's command as one string, whichever form (list or CMD-SHELL string) it is written in. */
    static String healthCommand(JsonNode service) {
        JsonNode test = service.at("/healthcheck/test");
        assertThat(test.isMissingNode()).as("healthcheck of %s", service).isFalse();
        if (test.isTextual()) {
            return test.asText();
        }
        List<String> words = Tree.list(test).stream().map(JsonNode::asText).toList();
        return String.join(" ", words.subList(1, words.size()));
    }

    @ParameterizedTest
    @MethodSource("applications")
    void eachServiceGetsTheEnvironmentItReads(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        Set<String> set = environment(Repo.composeService(service)).keySet();
        List<String> missing = config.env().entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey).filter(n -> !set.contains(n)).toList();
        assertThat(missing).as("%s reads these without a default", service).isEmpty();
        assertThat(set).as("compose %s sets only what it reads", service).allSatisfy(n -> assertThat(
                ServiceWiringTest.reads(config, n) || ServiceWiringTest.RUNTIME_ENV.contains(n))
                .as(n).isTrue());
        if (Repo.SERVICES.contains(service)) {
            assertThat(Tree.text(environment(Repo.composeService(service)).get("KAFKA_BOOTSTRAP_SERVERS")))
                    .isEqualTo("kafka:9092");
        }
        assertThat(Tree.text(environment(Repo.composeService(service)).get("OIDC_AUTH_SERVER_URL")))
                .isEqualTo("http://keycloak:" + keycloakPort() + "/realms/" + Tree.text(Repo.realm().path("realm")));
    }

    @ParameterizedTest
    @MethodSource("applications")
    void portsPublishTheApiOnly(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        List<String> ports = Tree.list(Repo.composeService(service).path("ports")).stream().map(JsonNode::asText).toList();
        assertThat(ports).as("%s ports", service).isNotEmpty().allSatisfy(p ->
                assertThat(p.substring(p.lastIndexOf(':') + 1)).isEqualTo(String.valueOf(config.httpPort())));
    }

    @ParameterizedTest
    @MethodSource("services")
    void theDatabaseExists(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        String urlVar = config.env().keySet().stream().filter(n -> n.endsWith("_DB_URL")).findFirst().orElseThrow();
        String defaultUrl = config.env().get(urlVar).orElseThrow();
        String database = defaultUrl.substring(defaultUrl.lastIndexOf('/') + 1);
        assertThat(Tree.text(environment(Repo.composeService(service)).get(urlVar)))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + database);
        assertThat(Tree.text(Repo.compose().at("/configs/postgres-init/content")))
                .contains("CREATE DATABASE " + database);
    }

    /**
     * An image that exists: built here (build:), or never pulled (pull_policy never) under the tag the documented
     * build command gives it in deploy/README.md.
     */
    @ParameterizedTest
    @MethodSource("applications")
    void eachServiceImageIsBuiltOrDocumented(String service) {
        JsonNode compose = Repo.composeService(service);
        if (compose.has("build")) {
            String context = compose.path("build").isTextual() ? compose.path("build").asText()
                    : compose.at("/build/context").asText(".");
            assertThat(Repo.DEPLOY.resolve(context).toFile()).as("%s build context", service).isDirectory();
            return;
        }
        String image = Tree.text(compose.path("image"));
        Matcher m = Pattern.compile("learnpath/" + Pattern.quote(service) + ":\\$\\{([A-Z_]+):-([^}]+)}").matcher(image);
        assertThat(m.matches()).as("%s image %s: learnpath/%s:${VARIABLE:-default}", service, image, service).isTrue();
        String tag = m.group(2);
        assertThat(ImagesTest.immutable("x:" + tag)).as("%s default tag %s", service, tag).isTrue();
        assertThat(Tree.text(compose.path("pull_policy"))).as("%s pull_policy: nothing publishes these", service)
                .isIn("never", "build");
        assertThat(Repo.read(Repo.README)).as("deploy/README.md documents the build of the images compose runs")
                .contains("-Pimages").contains("-Dlearnpath.image.tag=" + tag).contains("docker compose");
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachServiceWaitsForHealthyDependencies(String service) {
        Map<String, JsonNode> dependsOn = Tree.fields(Repo.composeService(service).path("depends_on"));
        assertThat(dependsOn.keySet()).containsExactlyInAnyOrder("postgres", "kafka", "keycloak");
        dependsOn.forEach((name, condition) -> {
            assertThat(Tree.text(condition.path("condition"))).as("%s waits for %s", service, name)
                    .isEqualTo("service_healthy");
            assertThat(Repo.composeService(name).has("healthcheck")).as("%s has a health check", name).isTrue();
        });
    }

    /**
     * What depends_on waits for means "ready": each service and the portal is healthy when its own readiness check
     * (/q/health/ready on its management port, which is not published) answers 200.
     */
    @ParameterizedTest
    @MethodSource("applications")
    void eachApplicationIsHealthyWhenItsReadinessCheckAnswers(String service) {
        String command = healthCommand(Repo.composeService(service));
        int management = ServiceConfig.of(service).managementPort();
        assertThat(command).as("%s health check", service).contains("/dev/tcp/127.0.0.1/" + management + " ")
                .contains("GET /q/health/ready ").contains("' 200 '");
    }

    /**
     * The portal starts once Keycloak and the services are ready; its server calls them by their compose names, a
     * browser on the host reaches them on the published ports, and it signs in as the demo realm's learnpath-web.
     */
    @Test
    void thePortalCallsTheServicesByNameAndSendsBrowsersToThePublishedPorts() {
        JsonNode portal = Repo.composeService(Repo.PORTAL);
        Map<String, JsonNode> dependsOn = Tree.fields(portal.path("depends_on"));
        List<String> expected = new ArrayList<>(Repo.SERVICES);
        expected.add("keycloak");
        assertThat(dependsOn.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        dependsOn.forEach((name, condition) -> assertThat(Tree.text(condition.path("condition")))
                .as("the portal waits for %s", name).isEqualTo("service_healthy"));
        Map<String, JsonNode> env = environment(portal);
        for (String service : Repo.SERVICES) {
            String prefix = service.substring(0, service.indexOf('-')).toUpperCase(java.util.Locale.ROOT);
            int port = ServiceConfig.of(service).httpPort();
            assertThat(Tree.text(env.get(prefix + "_URL"))).as("%s_URL", prefix)
                    .isEqualTo("http://" + service + ":" + port);
            if (env.containsKey("PORTAL_BROWSER_" + prefix + "_URL")) {
                assertThat(Tree.text(env.get("PORTAL_BROWSER_" + prefix + "_URL"))).as("PORTAL_BROWSER_%s_URL", prefix)
                        .isEqualTo("http://localhost:" + publishedPort(service, port));
            }
        }
        JsonNode client = KeycloakTest.client(Repo.realm(), KeycloakTest.PORTAL_CLIENT);
        assertThat(Tree.text(env.get("PORTAL_OIDC_CLIENT_ID"))).isEqualTo(KeycloakTest.PORTAL_CLIENT);
        assertThat(Tree.text(env.get("PORTAL_OIDC_CLIENT_SECRET"))).isEqualTo(Tree.text(client.path("secret")));
    }

    /** The services accept cross-origin calls from the portal's page origins on the host, and from nothing else. */
    @ParameterizedTest
    @MethodSource("services")
    void theServicesAllowThePortalsOriginsCrossOrigin(String service) {
        int port = publishedPort(Repo.PORTAL, ServiceConfig.of(Repo.PORTAL).httpPort());
        assertThat(Tree.text(environment(Repo.composeService(service)).get("LEARNPATH_CORS_ORIGINS")))
                .as("%s LEARNPATH_CORS_ORIGINS", service)
                .isEqualTo("http://localhost:" + port + ",http://127.0.0.1:" + port);
    }

    /** The host port a container port is published on. */
    static int publishedPort(String service, int containerPort) {
        for (JsonNode mapping : Tree.list(Repo.composeService(service).path("ports"))) {
            String[] parts = mapping.asText().split(":");
            if (parts.length >= 2 && parts[parts.length - 1].equals(String.valueOf(containerPort))) {
                return Integer.parseInt(parts[parts.length - 2]);
            }
        }
        throw new AssertionError(service + " does not publish " + containerPort);
    }

    private static int keycloakPort() {
        return Tree.list(Repo.composeService("keycloak").path("command")).stream().map(JsonNode::asText)
                .filter(a -> a.startsWith("--http-port=")).map(a -> Integer.parseInt(a.substring(12))).findFirst()
                .orElse(8080);
    }

    /** Kafka's data on the named volume: a recreated container keeps the topics the outbox says it sent. */
    @Test
    void kafkaWritesItsLogsOnTheNamedVolume() {
        JsonNode kafka = Repo.composeService("kafka");
        assertThat(Tree.text(kafka.path("image"))).startsWith("apache/kafka:");
        String logDirs = Optional.ofNullable(Tree.text(environment(kafka).get("KAFKA_LOG_DIRS")))
                .orElse(KAFKA_IMAGE_LOG_DIRS);
        Set<String> named = Tree.fields(Repo.compose().path("volumes")).keySet();
        List<String> mounts = new ArrayList<>();
        for (JsonNode volume : Tree.list(kafka.path("volumes"))) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && named.contains(parts[0])) {
                mounts.add(parts[1]);
            }
        }
        for (String dir : logDirs.split(",")) {
            assertThat(mounts).as("Kafka log dir %s on a named volume (mounted: %s)", dir, mounts)
                    .anySatisfy(m -> assertThat(dir.trim() + "/").startsWith(m.endsWith("/") ? m : m + "/"));
        }
        assertThat(Tree.text(environment(kafka).get("KAFKA_PROCESS_ROLES"))).isEqualTo("broker,controller");
        assertThat(Tree.text(environment(kafka).get("CLUSTER_ID"))).as("a fixed cluster id, so that the kept data is"
                + " accepted by the recreated container").isNotBlank();
    }

    /**
     * The image's first start runs the init scripts on a temporary server that listens on the unix socket only: a
     * check over TCP cannot pass before the databases exist.
     */
    @Test
    void postgresIsHealthyOnlyOverTcp() {
        String command = healthCommand(Repo.composeService("postgres"));
        assertThat(command).containsPattern("\\b(pg_isready|psql)\\b");
        Matcher host = Pattern.compile("(?:-h|--host)[ =]+(\\S+)").matcher(command);
        assertThat(host.find()).as("health check %s names a host", command).isTrue();
        assertThat(host.group(1)).as("a TCP host, not a socket directory").isIn("127.0.0.1", "localhost", "::1");
    }

    @Test
    void keycloakHasAHealthCheckOnItsManagementPort() {
        JsonNode keycloak = Repo.composeService("keycloak");
        assertThat(Tree.text(environment(keycloak).get("KC_HEALTH_ENABLED"))).isEqualTo("true");
        assertThat(healthCommand(keycloak)).contains("/health/ready").contains("9000");
    }

    @Test
    void keycloakImportsTheRealmFileWithThePinnedVersion() {
        Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(Repo.read(Repo.ROOT.resolve("pom.xml")));
        assertThat(version.find()).isTrue();
        JsonNode keycloak = Repo.composeService("keycloak");
        assertThat(Tree.text(keycloak.path("image"))).isEqualTo("quay.io/keycloak/keycloak:" + version.group(1));
        assertThat(Tree.list(keycloak.path("command")).stream().map(JsonNode::asText).toList())
                .contains("start-dev", "--import-realm");
        assertThat(Tree.list(keycloak.path("volumes"))).anySatisfy(v -> assertThat(v.asText())
                .startsWith("./keycloak/learnpath-realm.json:/opt/keycloak/data/import/"));
    }

    @Test
    void infrastructureImagesHaveImmutableTags() {
        for (String name : List.of("postgres", "kafka", "keycloak")) {
            assertThat(ImagesTest.immutable(Tree.text(Repo.composeService(name).path("image")))).as(name).isTrue();
        }
    }
}
