package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnpath.deploy.KustomizeOutput.Resource;
import org.learnpath.deploy.Workloads.EnvSource;

/**
 * Each service's Deployment and Service against its application.properties: ports, the environment it reads,
 * where its values come from, its database, and health on the management port only.
 */
class ServiceWiringTest {

    /** Variables for the image and the JVM rather than for the application. */
    static final Set<String> RUNTIME_ENV;

    static {
        Set<String> runtime = new LinkedHashSet<>(ServiceJvm.JVM_VARIABLES);
        runtime.add("MALLOC_ARENA_MAX");
        RUNTIME_ENV = Set.copyOf(runtime);
    }

    /**
     * Whether the application reads an environment variable: its prod profile names it (${NAME} or ${NAME:default}),
     * or the variable is the environment form of a property it sets or of a setting one of its libraries reads.
     */
    static boolean reads(ServiceConfig config, String name) {
        return config.env().containsKey(name) || config.isPropertyOverride(name) || config.isLibrarySetting(name);
    }

    /** The library settings the checks accept are settings the library's code names. */
    @org.junit.jupiter.api.Test
    void theLibrarySettingsAreReadByTheirLibraries() throws java.io.IOException {
        for (Map.Entry<String, List<String>> library : ServiceConfig.LIBRARY_SETTINGS.entrySet()) {
            java.nio.file.Path dir = Repo.ROOT.resolve("libs").resolve(library.getKey().replaceFirst("^learnpath-", ""))
                    .resolve("src/main/java");
            String sources;
            try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
                sources = files.filter(f -> f.toString().endsWith(".java")).map(Repo::read)
                        .collect(java.util.stream.Collectors.joining("\n"));
            }
            for (String setting : library.getValue()) {
                assertThat(sources).as("%s names %s", library.getKey(), setting).contains("\"" + setting + "\"");
            }
        }
    }

    /** Secrets that operators create in the cluster: Strimzi's cluster CA, and one per KafkaUser. */
    static boolean createdByAnOperator(KustomizeOutput output, String secret) {
        return secret.equals(KafkaTest.CLUSTER + "-cluster-ca-cert") || output.find("KafkaUser", secret).isPresent();
    }

    /** The services and the portal. */
    static Stream<Arguments> containers() {
        return JvmOptionsTest.containers();
    }

    /** The services alone: those with a database. */
    static Stream<Arguments> serviceContainers() {
        return Stream.of(Overlay.values()).flatMap(o -> Repo.SERVICES.stream().map(s -> Arguments.of(o, s)));
    }

    @ParameterizedTest
    @MethodSource("containers")
    void portsAndServiceMatchQuarkusPorts(Overlay overlay, String service) {
        KustomizeOutput output = overlay.output();
        ServiceConfig config = ServiceConfig.of(service);
        assertThat(containerPort(output, service, "http")).as("%s: %s http port", overlay, service)
                .isEqualTo(config.httpPort());
        assertThat(containerPort(output, service, "management")).as("%s: %s management port", overlay, service)
                .isEqualTo(config.managementPort()).isNotEqualTo(config.httpPort());
        Resource svc = output.get("Service", service);
        assertThat(svc.spec().path("type").asText("ClusterIP")).isEqualTo("ClusterIP");
        List<JsonNode> ports = Tree.list(svc.spec().path("ports"));
        assertThat(ports).as("%s: Service %s ports: the API port only", overlay, service).hasSize(1);
        assertThat(ports.get(0).path("port").asInt()).isEqualTo(config.httpPort());
        assertThat(resolve(output, service, ports.get(0).has("targetPort") ? ports.get(0).path("targetPort")
                : ports.get(0).path("port"))).isEqualTo(config.httpPort());
        assertThat(Workloads.selects(Tree.JSON.valueToTree(Map.of("matchLabels", svc.spec().path("selector"))),
                Workloads.labels(Workloads.podMetadata(Workloads.deployment(output, service)))))
                .as("%s: Service %s selects its pods", overlay, service).isTrue();
    }

    /** Health and metrics stay inside the cluster: no Service routes to the management port. */
    @ParameterizedTest
    @MethodSource("containers")
    void theManagementPortIsNotExposed(Overlay overlay, String service) {
        KustomizeOutput output = overlay.output();
        int management = ServiceConfig.of(service).managementPort();
        Map<String, String> labels = Workloads.labels(Workloads.podMetadata(Workloads.deployment(output, service)));
        for (Resource svc : output.ofKind("Service")) {
            if (!svc.spec().has("selector") || !Workloads.selects(Tree.JSON.valueToTree(
                    Map.of("matchLabels", svc.spec().path("selector"))), labels)) {
                continue;
            }
            for (JsonNode port : Tree.list(svc.spec().path("ports"))) {
                assertThat(resolve(output, service, port.has("targetPort") ? port.path("targetPort") : port.path("port")))
                        .as("%s: Service %s", overlay, svc.name()).isNotEqualTo(management);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("containers")
    void probesUseQuarkusHealthOnTheManagementPort(Overlay overlay, String service) {
        KustomizeOutput output = overlay.output();
        JsonNode container = Workloads.container(output, service);
        int management = ServiceConfig.of(service).managementPort();
        assertThat(Tree.text(container.at("/readinessProbe/httpGet/path"))).isEqualTo("/q/health/ready");
        assertThat(Tree.text(container.at("/livenessProbe/httpGet/path"))).isEqualTo("/q/health/live");
        assertThat(Tree.text(container.at("/startupProbe/httpGet/path"))).startsWith("/q/health");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(resolve(output, service, container.at("/" + probe + "/httpGet/port")))
                    .as("%s: %s %s port", overlay, service, probe).isEqualTo(management);
        }
    }

    /**
     * The container sets every variable the prod profile reads without a default, and nothing the service does not
     * read (or that is not a Quarkus property override, or for the image and JVM).
     */
    @ParameterizedTest
    @MethodSource("containers")
    void theContainerSetsWhatTheServiceReads(Overlay overlay, String service) {
        ServiceConfig config = ServiceConfig.of(service);
        Set<String> set = Workloads.env(overlay.output(), Workloads.container(overlay.output(), service)).keySet();
        Map<String, Optional<String>> read = config.env();
        List<String> missing = read.entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey).filter(n -> !set.contains(n)).toList();
        assertThat(missing).as("%s: %s reads these without a default", overlay, service).isEmpty();
        List<String> unread = set.stream().filter(n -> !reads(config, n) && !RUNTIME_ENV.contains(n)).toList();
        assertThat(unread).as("%s: %s sets these, which nothing reads", overlay, service).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("containers")
    void referencesResolveAndCredentialsComeFromSecrets(Overlay overlay, String service) {
        KustomizeOutput output = overlay.output();
        String readme = Repo.read(Repo.README);
        for (EnvSource source : Workloads.env(output, Workloads.container(output, service)).values()) {
            if (source.configMap() != null) {
                assertThat(output.find("ConfigMap", source.configMap()).map(cm -> cm.node().at("/data/" + source.key())))
                        .as("%s: %s %s from ConfigMap %s", overlay, service, source.name(), source.configMap())
                        .hasValueSatisfying(v -> assertThat(v.isMissingNode()).isFalse());
            }
            if (source.secret() != null && !createdByAnOperator(output, source.secret())) {
                Optional<Resource> secret = output.find("Secret", source.secret());
                if (secret.isPresent()) {
                    assertThat(Workloads.secretKeys(secret.get())).as("%s: %s %s", overlay, service, source.name())
                            .contains(source.key());
                } else {
                    // Production creates its Secrets in the cluster: deploy/README.md must say which.
                    assertThat(readme).as("%s: Secret %s (for %s) is neither in the build nor documented in"
                            + " deploy/README.md", overlay, source.secret(), source.name()).contains(source.secret());
                }
            }
            if (source.name().matches(".*(_DB_USER|PASSWORD|SECRET|JAAS_CONFIG)$")) {
                assertThat(source.secret()).as("%s: %s %s must come from a Secret", overlay, service, source.name())
                        .isNotNull();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void noWorkloadHasALiteralPassword(Overlay overlay) {
        List<String> offenders = new ArrayList<>();
        for (Resource owner : Workloads.podTemplateOwners(overlay.output())) {
            for (JsonNode container : Workloads.allContainers(Workloads.podSpec(owner))) {
                for (JsonNode env : Tree.list(container.path("env"))) {
                    String name = Tree.text(env.path("name"));
                    if (name.toUpperCase().contains("PASSWORD") && env.at("/valueFrom/secretKeyRef").isMissingNode()) {
                        offenders.add(owner + ": " + name);
                    }
                }
            }
        }
        assertThat(offenders).as("%s: PASSWORD variables must use secretKeyRef", overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("serviceContainers")
    void theDatabaseUrlNamesTheServicesDatabaseWhichPostgresCreates(Overlay overlay, String service) {
        KustomizeOutput output = overlay.output();
        ServiceConfig config = ServiceConfig.of(service);
        String urlVar = config.env().keySet().stream().filter(n -> n.endsWith("_DB_URL")).findFirst()
                .orElseThrow(() -> new AssertionError(service + " reads no *_DB_URL"));
        String defaultUrl = config.env().get(urlVar).orElseThrow();
        String database = defaultUrl.substring(defaultUrl.lastIndexOf('/') + 1);
        assertThat(Workloads.value(output, Workloads.container(output, service), urlVar))
                .as("%s: %s %s", overlay, service, urlVar).contains("jdbc:postgresql://postgres:5432/" + database);
        String init = String.join("\n", Tree.fields(output.get("ConfigMap", "postgres-init").node().path("data"))
                .values().stream().map(JsonNode::asText).toList());
        assertThat(init).as("%s: postgres-init creates %s", overlay, database).containsPattern("\\b" + database + "\\b");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void postgresCreatesKeycloaksDatabaseToo(Overlay overlay) {
        String init = String.join("\n", Tree.fields(overlay.output().get("ConfigMap", "postgres-init").node()
                .path("data")).values().stream().map(JsonNode::asText).toList());
        String database = Tree.text(overlay.output().get("Keycloak", "keycloak").at("/spec/db/database"));
        assertThat(init).containsPattern("\\b" + database + "\\b");
    }

    private static int containerPort(KustomizeOutput output, String service, String name) {
        return Tree.list(Workloads.container(output, service).path("ports")).stream()
                .filter(p -> name.equals(Tree.text(p.path("name")))).map(p -> p.path("containerPort").asInt())
                .findFirst().orElseThrow(() -> new AssertionError(service + ": no container port named " + name));
    }

    private static int resolve(KustomizeOutput output, String service, JsonNode port) {
        return port.isInt() ? port.asInt() : containerPort(output, service, port.asText());
    }
}
