package org.learnpath.deploy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.learnpath.deploy.KustomizeOutput.Resource;

/** Pod templates of a build and the environment their containers see. */
final class Workloads {

    /** Kinds whose spec.template is a pod template. */
    static final List<String> POD_TEMPLATE_KINDS = List.of("Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet");

    /** Where an environment variable's value comes from: a literal, a ConfigMap key or a Secret key. */
    record EnvSource(String name, String literal, String configMap, String secret, String key, boolean optional) {
        boolean fromSecret() {
            return secret != null;
        }
    }

    private Workloads() {
    }

    static List<Resource> podTemplateOwners(KustomizeOutput output) {
        List<Resource> owners = new ArrayList<>(output.resources().stream()
                .filter(r -> POD_TEMPLATE_KINDS.contains(r.kind())).toList());
        output.ofKind("CronJob").forEach(owners::add);
        return owners;
    }

    static JsonNode podSpec(Resource owner) {
        return "CronJob".equals(owner.kind()) ? owner.at("/spec/jobTemplate/spec/template/spec")
                : owner.at("/spec/template/spec");
    }

    static JsonNode podMetadata(Resource owner) {
        return "CronJob".equals(owner.kind()) ? owner.at("/spec/jobTemplate/spec/template/metadata")
                : owner.at("/spec/template/metadata");
    }

    /** Containers and init containers of a pod spec. */
    static List<JsonNode> allContainers(JsonNode podSpec) {
        List<JsonNode> all = new ArrayList<>(Tree.list(podSpec.path("initContainers")));
        all.addAll(Tree.list(podSpec.path("containers")));
        return all;
    }

    static Resource deployment(KustomizeOutput output, String service) {
        return output.get("Deployment", service);
    }

    /** The service's own container: the one named after it. */
    static JsonNode container(KustomizeOutput output, String service) {
        return Tree.list(podSpec(deployment(output, service)).path("containers")).stream()
                .filter(c -> service.equals(Tree.text(c.path("name")))).findFirst()
                .orElseThrow(() -> new AssertionError(output + ": Deployment " + service + " has no container named "
                        + service));
    }

    /** The container's environment, env entries over envFrom as Kubernetes applies them. */
    static Map<String, EnvSource> env(KustomizeOutput output, JsonNode container) {
        Map<String, EnvSource> env = new LinkedHashMap<>();
        for (JsonNode from : Tree.list(container.path("envFrom"))) {
            String prefix = Optional.ofNullable(Tree.text(from.path("prefix"))).orElse("");
            if (from.has("configMapRef")) {
                String name = Tree.text(from.at("/configMapRef/name"));
                output.find("ConfigMap", name).ifPresent(cm -> Tree.fields(cm.node().path("data")).forEach((k, v) ->
                        env.put(prefix + k, new EnvSource(prefix + k, null, name, null, k, false))));
            }
            if (from.has("secretRef")) {
                String name = Tree.text(from.at("/secretRef/name"));
                output.find("Secret", name).ifPresent(s -> secretKeys(s).forEach(k ->
                        env.put(prefix + k, new EnvSource(prefix + k, null, null, name, k, false))));
            }
        }
        for (JsonNode e : Tree.list(container.path("env"))) {
            String name = Tree.text(e.path("name"));
            JsonNode cm = e.at("/valueFrom/configMapKeyRef");
            JsonNode secret = e.at("/valueFrom/secretKeyRef");
            if (!cm.isMissingNode()) {
                env.put(name, new EnvSource(name, null, Tree.text(cm.path("name")), null, Tree.text(cm.path("key")),
                        cm.path("optional").asBoolean(false)));
            } else if (!secret.isMissingNode()) {
                env.put(name, new EnvSource(name, null, null, Tree.text(secret.path("name")),
                        Tree.text(secret.path("key")), secret.path("optional").asBoolean(false)));
            } else if (e.has("valueFrom")) {
                env.put(name, new EnvSource(name, null, null, null, null, false));
            } else {
                env.put(name, new EnvSource(name, Optional.ofNullable(Tree.text(e.path("value"))).orElse(""), null,
                        null, null, false));
            }
        }
        return env;
    }

    /**
     * The value a variable has in the container when it is written in the build (a literal or a ConfigMap key);
     * empty for Secret references and for variables the container does not set.
     */
    static Optional<String> value(KustomizeOutput output, JsonNode container, String name) {
        EnvSource source = env(output, container).get(name);
        if (source == null) {
            return Optional.empty();
        }
        if (source.literal() != null) {
            return Optional.of(source.literal());
        }
        if (source.configMap() != null) {
            return output.find("ConfigMap", source.configMap())
                    .map(cm -> Tree.text(cm.node().path("data").path(source.key())));
        }
        return Optional.empty();
    }

    static List<String> secretKeys(Resource secret) {
        List<String> keys = new ArrayList<>(Tree.fields(secret.node().path("data")).keySet());
        keys.addAll(Tree.fields(secret.node().path("stringData")).keySet());
        return keys;
    }

    /** A Secret's values, decoded. */
    static Map<String, String> secretValues(Resource secret) {
        Map<String, String> values = new LinkedHashMap<>();
        Tree.fields(secret.node().path("data")).forEach((k, v) ->
                values.put(k, new String(Base64.getDecoder().decode(v.asText()), java.nio.charset.StandardCharsets.UTF_8)));
        Tree.fields(secret.node().path("stringData")).forEach((k, v) -> values.put(k, v.asText()));
        return values;
    }

    /** spec.replicas of a Deployment or StatefulSet (1 when unset, as the API server defaults it). */
    static int replicas(Resource workload) {
        return workload.spec().path("replicas").asInt(1);
    }

    /** The most pods of a Deployment at once: its replicas, or the maximum of an autoscaler that targets it. */
    static int maxReplicas(KustomizeOutput output, Resource workload) {
        return output.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> workload.kind().equals(Tree.text(h.at("/spec/scaleTargetRef/kind")))
                        && workload.name().equals(Tree.text(h.at("/spec/scaleTargetRef/name"))))
                .mapToInt(h -> h.spec().path("maxReplicas").asInt())
                .max().orElse(replicas(workload));
    }

    /** Whether a label selector (matchLabels and matchExpressions) selects a set of labels. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        if (selector == null || selector.isMissingNode() || selector.isNull()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : Tree.fields(selector.path("matchLabels")).entrySet()) {
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : Tree.list(selector.path("matchExpressions"))) {
            String key = Tree.text(expression.path("key"));
            List<String> values = Tree.list(expression.path("values")).stream().map(JsonNode::asText).toList();
            boolean matches = switch (Tree.text(expression.path("operator"))) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> throw new AssertionError("unknown selector operator in " + expression);
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    static Map<String, String> labels(JsonNode metadata) {
        Map<String, String> labels = new LinkedHashMap<>();
        Tree.fields(metadata.path("labels")).forEach((k, v) -> labels.put(k, v.asText()));
        return labels;
    }
}
