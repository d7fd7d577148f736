package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.deploy.Manifests.asMap;
import static org.learnpath.deploy.Manifests.at;
import static org.learnpath.deploy.Manifests.get;
import static org.learnpath.deploy.Manifests.map;
import static org.learnpath.deploy.Manifests.maps;
import static org.learnpath.deploy.Manifests.str;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnpath.deploy.Manifests.Doc;

/** Each service's Deployment, Service, ConfigMap and compose service against its application.properties. */
class ServiceManifestsTest {

    /** JVM/runtime variables of the container image, not application configuration. */
    static final Set<String> RUNTIME_ENV = Set.of("JAVA_OPTS_APPEND", "MALLOC_ARENA_MAX");

    static Stream<String> services() {
        return Manifests.SERVICES.stream();
    }

    static Map<String, Object> container(String service) {
        Doc deployment = get("Deployment", service);
        List<Map<String, Object>> containers = maps(asMap(at(deployment.spec(), "template", "spec")), "containers");
        assertThat(containers).as("%s containers", service).hasSize(1);
        return containers.get(0);
    }

    /** Names of the env vars the Deployment's container sets, including envFrom ConfigMap/Secret keys. */
    static Set<String> deploymentEnvNames(String service) {
        Map<String, Object> c = container(service);
        Set<String> names = new LinkedHashSet<>();
        maps(c, "env").forEach(e -> names.add(str(e.get("name"))));
        for (Map<String, Object> from : maps(c, "envFrom")) {
            String prefix = from.get("prefix") == null ? "" : str(from.get("prefix"));
            if (from.get("configMapRef") != null) {
                Doc cm = get("ConfigMap", str(at(from, "configMapRef", "name")));
                map(cm.content(), "data").keySet().forEach(k -> names.add(prefix + k));
            }
            if (from.get("secretRef") != null) {
                Doc secret = get("Secret", str(at(from, "secretRef", "name")));
                Object data = secret.content().getOrDefault("stringData", secret.content().get("data"));
                asMap(data).keySet().forEach(k -> names.add(prefix + k));
            }
        }
        return names;
    }

    /** The container's API port, named http. */
    static int containerPort(String service) {
        return resolvePort(service, "http");
    }

    /** A probe's or Service's target port (a name or a number) resolved against the container's ports. */
    static int resolvePort(String service, Object port) {
        if (port instanceof Number n) {
            return n.intValue();
        }
        return maps(container(service), "ports").stream()
                .filter(p -> str(port).equals(str(p.get("name"))))
                .map(p -> ((Number) p.get("containerPort")).intValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError(service + ": no container port named " + port));
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyServiceHasDeploymentServiceAndComposeService(String service) {
        assertThat(Manifests.find("Deployment", service)).as("Deployment %s", service).isPresent();
        assertThat(Manifests.find("Service", service)).as("Service %s", service).isPresent();
        assertThat(map(Manifests.compose(), "services")).as("compose services").containsKey(service);
    }

    @ParameterizedTest
    @MethodSource("services")
    void portsEqualQuarkusHttpPort(String service) {
        int port = Manifests.httpPort(service);
        assertThat(containerPort(service)).as("%s containerPort", service).isEqualTo(port);
        assertThat(str(container(service).get("image"))).isEqualTo("learnpath/" + service + ":0.1.0-SNAPSHOT");
        // The image the service's own build produces (quarkus.container-image.*) is the one deployed.
        var properties = Manifests.applicationProperties(service);
        assertThat(properties.getProperty("quarkus.container-image.group") + "/"
                + properties.getProperty("quarkus.container-image.name"))
                .as("%s image built by Quarkus", service).isEqualTo("learnpath/" + service);

        Doc svc = get("Service", service);
        assertThat(svc.spec().getOrDefault("type", "ClusterIP")).isEqualTo("ClusterIP");
        List<Map<String, Object>> servicePorts = maps(svc.spec(), "ports");
        assertThat(servicePorts).hasSize(1);
        assertThat(((Number) servicePorts.get(0).get("port")).intValue()).as("%s Service port", service).isEqualTo(port);
        Object target = servicePorts.get(0).getOrDefault("targetPort", servicePorts.get(0).get("port"));
        assertThat(resolvePort(service, target)).as("%s Service targetPort", service).isEqualTo(port);
        Map<String, Object> podLabels = asMap(at(get("Deployment", service).spec(), "template", "metadata", "labels"));
        assertThat(podLabels).as("%s Service selector matches the pods", service)
                .containsAllEntriesOf(map(svc.spec(), "selector"));

        List<String> composePorts = Manifests.list(Manifests.composeService(service), "ports").stream().map(Manifests::str).toList();
        assertThat(composePorts).as("%s compose ports", service).isNotEmpty()
                .allSatisfy(p -> assertThat(p.substring(p.lastIndexOf(':') + 1)).isEqualTo(String.valueOf(port)));
    }

    @ParameterizedTest
    @MethodSource("services")
    void deploymentSetsExactlyTheEnvTheServiceReads(String service) {
        Set<String> read = Manifests.referencedEnv(service);
        Set<String> config = new LinkedHashSet<>(deploymentEnvNames(service));
        config.removeAll(RUNTIME_ENV);
        assertThat(read).as("%s application.properties reads env vars", service).isNotEmpty();
        assertThat(config).as("%s Deployment env vs ${NAME} in application.properties", service)
                .containsExactlyInAnyOrderElementsOf(read);
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeSetsExactlyTheEnvTheServiceReads(String service) {
        Set<String> config = new LinkedHashSet<>(map(Manifests.composeService(service), "environment").keySet());
        config.removeAll(RUNTIME_ENV);
        assertThat(config).as("%s compose environment vs ${NAME} in application.properties", service)
                .containsExactlyInAnyOrderElementsOf(Manifests.referencedEnv(service));
        assertThat(str(Manifests.composeService(service).get("image"))).isEqualTo("learnpath/" + service + ":0.1.0-SNAPSHOT");
    }

    @ParameterizedTest
    @MethodSource("services")
    void envReferencesResolveToExistingConfigMapAndSecretKeys(String service) {
        for (Map<String, Object> env : maps(container(service), "env")) {
            String name = str(env.get("name"));
            Object cmRef = at(env, "valueFrom", "configMapKeyRef");
            Object secretRef = at(env, "valueFrom", "secretKeyRef");
            if (cmRef != null) {
                Doc cm = get("ConfigMap", str(asMap(cmRef).get("name")));
                assertThat(map(cm.content(), "data")).as("%s: %s from ConfigMap %s", service, name, cm.name())
                        .containsKey(str(asMap(cmRef).get("key")));
            }
            if (secretRef != null) {
                Doc secret = get("Secret", str(asMap(secretRef).get("name")));
                Object data = secret.content().getOrDefault("stringData", secret.content().get("data"));
                assertThat(asMap(data)).as("%s: %s from Secret %s", service, name, secret.name())
                        .containsKey(str(asMap(secretRef).get("key")));
            }
            if (name.endsWith("_DB_USER") || name.endsWith("_DB_PASSWORD")) {
                assertThat(secretRef).as("%s: %s must come from a Secret", service, name).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void databaseUrlPointsAtTheServiceDatabaseAndPostgresCreatesIt(String service) {
        String urlVar = Manifests.referencedEnv(service).stream().filter(n -> n.endsWith("_DB_URL")).findFirst()
                .orElseThrow(() -> new AssertionError(service + " reads no *_DB_URL"));
        String defaultUrl = Manifests.envDefault(service, urlVar).orElseThrow();
        String database = defaultUrl.substring(defaultUrl.lastIndexOf('/') + 1);

        Doc cm = get("ConfigMap", service);
        assertThat(str(map(cm.content(), "data").get(urlVar))).startsWith("jdbc:postgresql://postgres:5432/")
                .endsWith("/" + database);
        assertThat(str(map(Manifests.composeService(service), "environment").get(urlVar)))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + database);

        String initScript = String.join("\n", map(get("ConfigMap", "postgres-init").content(), "data").values().stream().map(Manifests::str).toList());
        assertThat(initScript).as("postgres-init creates %s", database).containsPattern("\\b" + database + "\\b");
        String composeInit = str(at(Manifests.compose(), "configs", "postgres-init", "content"));
        assertThat(composeInit).as("compose postgres init creates %s", database).contains("CREATE DATABASE " + database);
    }

    /** Health is served on the management interface only (the API port answers 404 there). */
    @ParameterizedTest
    @MethodSource("services")
    void probesUseQuarkusHealthEndpointsOnTheManagementPort(String service) {
        Map<String, Object> c = container(service);
        int management = Manifests.managementPort(service);
        assertThat(management).as("%s management port", service).isNotEqualTo(Manifests.httpPort(service));
        assertThat(resolvePort(service, "management")).as("%s container port named management", service)
                .isEqualTo(management);
        assertThat(str(at(c, "readinessProbe", "httpGet", "path"))).as("%s readiness", service).isEqualTo("/q/health/ready");
        assertThat(str(at(c, "livenessProbe", "httpGet", "path"))).as("%s liveness", service).isEqualTo("/q/health/live");
        assertThat(str(at(c, "startupProbe", "httpGet", "path"))).as("%s startup", service).startsWith("/q/health");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(resolvePort(service, at(c, probe, "httpGet", "port"))).as("%s %s port", service, probe)
                    .isEqualTo(management);
        }
    }

    /**
     * Health and metrics stay inside the cluster: Prometheus scrapes the pods' management port directly, so no
     * Service routes to it and compose does not publish it.
     */
    @ParameterizedTest
    @MethodSource("services")
    void managementPortIsNotExposed(String service) {
        int management = Manifests.managementPort(service);
        Map<String, Object> podLabels = asMap(at(get("Deployment", service).spec(), "template", "metadata", "labels"));
        for (Doc svc : Manifests.ofKind("Service")) {
            Object selector = svc.spec().get("selector");
            if (selector == null || !podLabels.entrySet().containsAll(asMap(selector).entrySet())) {
                continue; // not one of this service's Services
            }
            for (Map<String, Object> port : maps(svc.spec(), "ports")) {
                Object target = port.getOrDefault("targetPort", port.get("port"));
                assertThat(resolvePort(service, target)).as("Service %s port %s", svc.name(), port.get("name"))
                        .isNotEqualTo(management);
            }
        }
        List<String> composePorts = Manifests.list(Manifests.composeService(service), "ports").stream().map(Manifests::str).toList();
        assertThat(composePorts).as("%s compose ports", service)
                .noneMatch(p -> p.substring(p.lastIndexOf(':') + 1).equals(String.valueOf(management)));
    }

    @ParameterizedTest
    @MethodSource("services")
    void requestsAndLimitsAreSet(String service) {
        Map<String, Object> resources = map(container(service), "resources");
        assertThat(map(resources, "requests")).as("%s requests", service).containsKeys("cpu", "memory");
        assertThat(map(resources, "limits")).as("%s limits", service).containsKeys("cpu", "memory");
        assertThat(str(at(resources, "limits", "memory"))).isEqualTo("384Mi");
    }

    @Test
    void noWorkloadHasALiteralPassword() {
        List<String> offenders = new ArrayList<>();
        for (String kind : List.of("Deployment", "StatefulSet")) {
            for (Doc workload : Manifests.ofKind(kind)) {
                Map<String, Object> podSpec = asMap(at(workload.spec(), "template", "spec"));
                List<Map<String, Object>> containers = new ArrayList<>(maps(podSpec, "containers"));
                containers.addAll(maps(podSpec, "initContainers"));
                for (Map<String, Object> c : containers) {
                    for (Map<String, Object> env : maps(c, "env")) {
                        String name = str(env.get("name"));
                        if (name.toUpperCase().contains("PASSWORD")
                                && (env.containsKey("value") || at(env, "valueFrom", "secretKeyRef") == null)) {
                            offenders.add(kind + " " + workload.name() + ": " + name);
                        }
                    }
                }
            }
        }
        assertThat(Manifests.ofKind("Deployment")).isNotEmpty();
        assertThat(offenders).as("PASSWORD env vars must use secretKeyRef").isEmpty();
    }

    @Test
    void secretTemplateHoldsOnlyPlaceholderPasswords() {
        for (Doc secret : Manifests.ofKind("Secret")) {
            Map<String, Object> data = map(secret.content(), "stringData");
            data.forEach((key, value) -> {
                if (key.contains("PASSWORD")) {
                    assertThat(str(value)).as("%s %s", secret.name(), key).isEqualTo("CHANGE_ME");
                }
            });
        }
    }
}
