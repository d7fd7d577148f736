package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learnpath.deploy.KustomizeOutput.Resource;

/**
 * Every pod runs under the "restricted" Pod Security Standard the namespace enforces, and more: a read-only root
 * filesystem with emptyDirs where the process writes. Pods the build defines directly are checked on their
 * templates; the operators' pods on the templates their custom resources give them.
 */
class SecurityContextTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theNamespaceEnforcesRestricted(Overlay overlay) {
        Resource namespace = overlay.output().get("Namespace", NetworkFlows.NAMESPACE);
        assertThat(Tree.text(namespace.at("/metadata/labels/pod-security.kubernetes.io~1enforce")))
                .as("%s: pod-security.kubernetes.io/enforce", overlay).isEqualTo("restricted");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyPodTemplateMeetsRestrictedWithAReadOnlyRoot(Overlay overlay) {
        List<String> problems = new ArrayList<>();
        List<Resource> owners = Workloads.podTemplateOwners(overlay.output());
        assertThat(owners).as("%s pod templates", overlay).isNotEmpty();
        for (Resource owner : owners) {
            JsonNode pod = Workloads.podSpec(owner);
            String where = owner.kind() + " " + owner.name();
            restricted(where, pod, problems);
            List<String> writable = new ArrayList<>(List.of("/tmp"));
            if (owner.name().equals("postgres")) {
                writable.add("/var/run/postgresql");
            }
            for (JsonNode container : Workloads.allContainers(pod)) {
                String c = where + " container " + Tree.text(container.path("name"));
                if (!container.at("/securityContext/readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(c + ": readOnlyRootFilesystem is not true");
                }
                for (String path : writable) {
                    if (!emptyDirAt(pod, container, path)) {
                        problems.add(c + ": no emptyDir mounted at " + path);
                    }
                }
                if (!isLearnPathImage(container) && runAsUser(pod, container).orElse(0L) == 0) {
                    problems.add(c + ": image " + Tree.text(container.path("image")) + " runs as its own user, which"
                            + " the kubelet cannot verify as non-root: set runAsUser");
                }
            }
        }
        assertThat(problems).as("%s", overlay).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void keycloakPodsMeetRestricted(Overlay overlay) {
        List<String> problems = new ArrayList<>();
        for (Resource keycloak : overlay.output().ofKind("Keycloak")) {
            JsonNode pod = keycloak.at("/spec/unsupported/podTemplate/spec");
            restricted("Keycloak " + keycloak.name() + " podTemplate", pod, problems);
            assertThat(Tree.list(pod.path("containers"))).as("%s: Keycloak podTemplate containers", overlay)
                    .extracting(c -> Tree.text(c.path("name"))).containsExactly("keycloak");
        }
        assertThat(problems).as("%s", overlay).isEmpty();
    }

    /** Strimzi's pods, through the security contexts of its templates. */
    @ParameterizedTest
    @EnumSource(Overlay.class)
    void kafkaPodsMeetRestricted(Overlay overlay) {
        List<String> problems = new ArrayList<>();
        for (Resource pool : overlay.output().ofKind("KafkaNodePool")) {
            strimziPod("KafkaNodePool " + pool.name(), pool.at("/spec/template/pod"),
                    List.of(pool.at("/spec/template/kafkaContainer")), problems);
        }
        for (Resource kafka : overlay.output().ofKind("Kafka")) {
            JsonNode eo = kafka.at("/spec/entityOperator/template");
            strimziPod("Kafka " + kafka.name() + " entity operator", eo.path("pod"), List.of(
                    eo.path("topicOperatorContainer"), eo.path("userOperatorContainer")), problems);
        }
        assertThat(problems).as("%s", overlay).isEmpty();
    }

    private static void strimziPod(String where, JsonNode pod, List<JsonNode> containers, List<String> problems) {
        if (!pod.at("/securityContext/runAsNonRoot").asBoolean(false)) {
            problems.add(where + ": template.pod.securityContext.runAsNonRoot is not true");
        }
        if (!"RuntimeDefault".equals(Tree.text(pod.at("/securityContext/seccompProfile/type")))) {
            problems.add(where + ": template.pod seccompProfile is not RuntimeDefault");
        }
        for (JsonNode container : containers) {
            containerRestricted(where + " container template", container, problems);
        }
    }

    /** The restricted Pod Security Standard, for one pod spec (containers, init containers, volumes, host). */
    static void restricted(String where, JsonNode pod, List<String> problems) {
        for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (pod.path(host).asBoolean(false)) {
                problems.add(where + ": " + host);
            }
        }
        for (JsonNode volume : Tree.list(pod.path("volumes"))) {
            if (volume.has("hostPath")) {
                problems.add(where + ": hostPath volume " + Tree.text(volume.path("name")));
            }
        }
        for (JsonNode container : Workloads.allContainers(pod)) {
            String c = where + " container " + Tree.text(container.path("name"));
            boolean nonRoot = container.at("/securityContext/runAsNonRoot").asBoolean(
                    pod.at("/securityContext/runAsNonRoot").asBoolean(false));
            if (!nonRoot) {
                problems.add(c + ": runAsNonRoot is not true (pod or container)");
            }
            String seccomp = Optional.ofNullable(Tree.text(container.at("/securityContext/seccompProfile/type")))
                    .orElse(Tree.text(pod.at("/securityContext/seccompProfile/type")));
            if (!"RuntimeDefault".equals(seccomp) && !"Localhost".equals(seccomp)) {
                problems.add(c + ": seccompProfile is not RuntimeDefault (pod or container)");
            }
            if (runAsUser(pod, container).orElse(-1L) == 0) {
                problems.add(c + ": runAsUser 0");
            }
            containerRestricted(c, container, problems);
        }
    }

    private static void containerRestricted(String c, JsonNode container, List<String> problems) {
        JsonNode context = container.path("securityContext");
        if (context.path("allowPrivilegeEscalation").asBoolean(true)) {
            problems.add(c + ": allowPrivilegeEscalation is not false");
        }
        if (context.path("privileged").asBoolean(false)) {
            problems.add(c + ": privileged");
        }
        if (Tree.list(context.at("/capabilities/drop")).stream().noneMatch(d -> d.asText().equals("ALL"))) {
            problems.add(c + ": capabilities.drop has no ALL");
        }
        Tree.list(context.at("/capabilities/add")).stream().filter(a -> !a.asText().equals("NET_BIND_SERVICE"))
                .forEach(a -> problems.add(c + ": adds capability " + a.asText()));
    }

    private static Optional<Long> runAsUser(JsonNode pod, JsonNode container) {
        JsonNode user = container.at("/securityContext/runAsUser");
        if (user.isMissingNode()) {
            user = pod.at("/securityContext/runAsUser");
        }
        return user.isMissingNode() ? Optional.empty() : Optional.of(user.asLong());
    }

    private static boolean emptyDirAt(JsonNode pod, JsonNode container, String path) {
        return Tree.list(container.path("volumeMounts")).stream()
                .filter(m -> path.equals(Tree.text(m.path("mountPath"))))
                .anyMatch(m -> Tree.list(pod.path("volumes")).stream().anyMatch(v ->
                        Tree.text(m.path("name")).equals(Tree.text(v.path("name"))) && v.has("emptyDir")));
    }

    /** The services' and the portal's images run as the base image's numeric user 185, which the kubelet can check. */
    private static boolean isLearnPathImage(JsonNode container) {
        String image = Optional.ofNullable(Tree.text(container.path("image"))).orElse("");
        return Repo.APPLICATIONS.stream().anyMatch(s -> image.contains("/" + s + ":") || image.contains("/" + s + "@"));
    }
}
