package org.learnpath.deploy.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Checks one Kubernetes document strictly against the schema of the versions the manifests are written for, the
 * way an API server with strict field validation would: its apiVersion must be served for its kind, every field
 * must be known to that version, and every value must have the field's type.
 *
 * <ul>
 * <li>Kubernetes kinds: the group/versions Kubernetes 1.32 serves ({@link #KUBERNETES}) and the fabric8 8.0.0
 * model of each. fabric8 keeps a field it does not know in additionalProperties, which is how an unknown field is
 * found. fabric8 8.0.0 is generated from a Kubernetes newer than 1.32, so a field added after 1.32 would pass here;
 * none of the fields LearnPath uses is that recent.
 * <li>Strimzi: kafka.strimzi.io/v1 only (what Strimzi 0.51.0 and 1.x serve; v1beta2 is gone from 1.0), the
 * io.strimzi:api 0.51.0 model for fields and types, and its version annotations for what v1 removed, deprecates
 * and requires ({@link StrimziSources}).
 * <li>Keycloak operator 26.7.3: k8s.keycloak.org/v2beta1 only, against {@link KeycloakCrds}; the realm of a
 * KeycloakRealmImport against keycloak-core's RealmRepresentation.
 * </ul>
 *
 * A kind that is in none of these fails: add it, with the versions that serve it, after checking them.
 */
public final class StrictSchema {

    /** Kind -> apiVersion -> model class, for the group/versions Kubernetes 1.32 serves. */
    static final Map<String, Map<String, Class<?>>> KUBERNETES = new LinkedHashMap<>();
    /** Group/versions Kubernetes removed, and in which release: a manifest using one would not apply. */
    static final Map<String, String> REMOVED = Map.of(
            "policy/v1beta1", "1.25",
            "autoscaling/v2beta1", "1.25",
            "autoscaling/v2beta2", "1.26",
            "batch/v1beta1", "1.25",
            "networking.k8s.io/v1beta1", "1.22",
            "extensions/v1beta1", "1.22",
            "apps/v1beta1", "1.16",
            "apps/v1beta2", "1.16",
            "rbac.authorization.k8s.io/v1beta1", "1.22");
    /** Strimzi kinds and their v1 model classes. */
    static final Map<String, Class<?>> STRIMZI = Map.of(
            "Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class,
            "KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class,
            "KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class,
            "KafkaUser", io.strimzi.api.kafka.model.user.KafkaUser.class,
            "KafkaRebalance", io.strimzi.api.kafka.model.rebalance.KafkaRebalance.class);
    static final String STRIMZI_API = "kafka.strimzi.io/v1";
    static final Map<String, Class<?>> KEYCLOAK = Map.of(
            "Keycloak", KeycloakCrds.Keycloak.class,
            "KeycloakRealmImport", KeycloakCrds.KeycloakRealmImport.class);
    static final String KEYCLOAK_API = KeycloakCrds.GROUP + "/" + KeycloakCrds.VERSION;

    static {
        served("v1", "Namespace", io.fabric8.kubernetes.api.model.Namespace.class);
        served("v1", "ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class);
        served("v1", "Secret", io.fabric8.kubernetes.api.model.Secret.class);
        served("v1", "Service", io.fabric8.kubernetes.api.model.Service.class);
        served("v1", "ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class);
        served("v1", "PersistentVolumeClaim", io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class);
        served("v1", "LimitRange", io.fabric8.kubernetes.api.model.LimitRange.class);
        served("v1", "ResourceQuota", io.fabric8.kubernetes.api.model.ResourceQuota.class);
        served("apps/v1", "Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class);
        served("apps/v1", "StatefulSet", io.fabric8.kubernetes.api.model.apps.StatefulSet.class);
        served("apps/v1", "DaemonSet", io.fabric8.kubernetes.api.model.apps.DaemonSet.class);
        served("batch/v1", "Job", io.fabric8.kubernetes.api.model.batch.v1.Job.class);
        served("batch/v1", "CronJob", io.fabric8.kubernetes.api.model.batch.v1.CronJob.class);
        served("policy/v1", "PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class);
        served("networking.k8s.io/v1", "NetworkPolicy", io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class);
        served("networking.k8s.io/v1", "Ingress", io.fabric8.kubernetes.api.model.networking.v1.Ingress.class);
        served("networking.k8s.io/v1", "IngressClass", io.fabric8.kubernetes.api.model.networking.v1.IngressClass.class);
        served("autoscaling/v1", "HorizontalPodAutoscaler",
                io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscaler.class);
        served("autoscaling/v2", "HorizontalPodAutoscaler",
                io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class);
        served("rbac.authorization.k8s.io/v1", "Role", io.fabric8.kubernetes.api.model.rbac.Role.class);
        served("rbac.authorization.k8s.io/v1", "RoleBinding", io.fabric8.kubernetes.api.model.rbac.RoleBinding.class);
    }

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private StrictSchema() {
    }

    private static void served(String apiVersion, String kind, Class<?> model) {
        KUBERNETES.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(apiVersion, model);
    }

    /** What is wrong with the document, each line naming the field; empty when it is valid. */
    public static List<String> check(JsonNode document) {
        String apiVersion = document.path("apiVersion").asText("");
        String kind = document.path("kind").asText("");
        String name = document.path("metadata").path("name").asText("");
        List<String> violations = new ArrayList<>();
        if (apiVersion.isEmpty() || kind.isEmpty() || name.isEmpty()) {
            violations.add("apiVersion, kind and metadata.name are required");
        } else if (apiVersion.startsWith("kafka.strimzi.io/")) {
            checkStrimzi(document, apiVersion, kind, violations);
        } else if (apiVersion.startsWith(KeycloakCrds.GROUP + "/")) {
            checkKeycloak(document, apiVersion, kind, violations);
        } else {
            checkKubernetes(document, apiVersion, kind, violations);
        }
        String where = kind + " " + name + " (" + apiVersion + ")";
        return violations.stream().map(v -> where + ": " + v).toList();
    }

    private static void checkKubernetes(JsonNode document, String apiVersion, String kind, List<String> violations) {
        Map<String, Class<?>> versions = KUBERNETES.get(kind);
        if (REMOVED.containsKey(apiVersion)) {
            violations.add(apiVersion + " was removed in Kubernetes " + REMOVED.get(apiVersion) + "; 1.32 serves "
                    + (versions == null ? "no version of it known here" : versions.keySet()));
            return;
        }
        if (versions == null) {
            violations.add("kind " + kind + " is not in the list of kinds checked here (StrictSchema.KUBERNETES):"
                    + " add it with the versions Kubernetes 1.32 serves");
            return;
        }
        Class<?> model = versions.get(apiVersion);
        if (model == null) {
            violations.add(apiVersion + " does not serve " + kind + " in Kubernetes 1.32; served: " + versions.keySet());
            return;
        }
        Object typed = read(document, model, violations);
        if (typed != null) {
            unknownFields(typed, document, violations);
            roundTrip(document, typed, violations);
        }
    }

    private static void checkStrimzi(JsonNode document, String apiVersion, String kind, List<String> violations) {
        Class<?> model = STRIMZI.get(kind);
        if (model == null) {
            violations.add("Strimzi kind " + kind + " is not checked here (StrictSchema.STRIMZI): add it");
            return;
        }
        if (!STRIMZI_API.equals(apiVersion)) {
            violations.add(apiVersion + " is not served by the Strimzi versions the manifests are written for"
                    + " (0.51.0 and 1.x serve " + STRIMZI_API + " only)");
            return;
        }
        Map<String, JsonNode> annotations = new LinkedHashMap<>();
        document.path("metadata").path("annotations").properties().forEach(e -> annotations.put(e.getKey(), e.getValue()));
        for (String ignored : List.of("strimzi.io/kraft", "strimzi.io/node-pools")) {
            if (annotations.containsKey(ignored)) {
                violations.add("metadata.annotations." + ignored + ": ignored since Strimzi 0.48 (KRaft and node"
                        + " pools are the only mode); remove it");
            }
        }
        Object typed = read(document, model, violations);
        if (typed == null) {
            return;
        }
        unknownFields(typed, document, violations);
        ModelWalker.walk(typed, document, visit -> {
            Class<?> type = visit.bean().getClass();
            if (!type.getName().startsWith("io.strimzi.")) {
                return;
            }
            StrimziSources.typeAnnotation(type, "DeprecatedType").ifPresent(a -> violations.add(
                    path(visit.path()) + ": " + type.getSimpleName() + " is deprecated by Strimzi (" + a.arguments() + ")"));
            ModelWalker.properties(type).values().forEach(property -> {
                if (property.getter() == null) {
                    return;
                }
                Class<?> declaring = property.getter().getDeclaringClass();
                if (!declaring.getName().startsWith("io.strimzi.")) {
                    return;
                }
                String getter = property.getter().getName();
                String at = path(visit.path() + "/" + property.jsonName());
                boolean set = visit.json().has(property.jsonName());
                if (set) {
                    StrimziSources.getterAnnotation(declaring, getter, "PresentInVersions")
                            .filter(a -> a.firstString() != null && !ApiVersions.inRange("v1", a.firstString()))
                            .ifPresent(a -> violations.add(at + ": not in " + STRIMZI_API + " (present in "
                                    + a.firstString() + " only)"));
                    StrimziSources.getterAnnotation(declaring, getter, "DeprecatedProperty")
                            .ifPresent(a -> violations.add(at + ": deprecated by Strimzi"
                                    + (a.arguments().isBlank() ? "" : " (" + a.arguments().replaceAll("\\s+", " ") + ")")));
                } else {
                    StrimziSources.getterAnnotation(declaring, getter, "RequiredInVersions")
                            .filter(a -> a.firstString() != null && ApiVersions.inRange("v1", a.firstString()))
                            .ifPresent(a -> violations.add(at + ": required in " + STRIMZI_API));
                }
            });
        });
        roundTrip(document, typed, violations);
    }

    private static void checkKeycloak(JsonNode document, String apiVersion, String kind, List<String> violations) {
        Class<?> model = KEYCLOAK.get(kind);
        if (model == null) {
            violations.add("Keycloak operator kind " + kind + " is not checked here (StrictSchema.KEYCLOAK): add it");
            return;
        }
        if (!KEYCLOAK_API.equals(apiVersion)) {
            violations.add(apiVersion + " is not what the Keycloak operator 26.7.3 is used with here: write "
                    + KEYCLOAK_API + " (v2alpha1 is deprecated)");
            return;
        }
        Object typed = read(document, model, violations);
        if (typed == null) {
            return;
        }
        unknownFields(typed, document, violations);
        roundTrip(document, typed, violations);
        if (typed instanceof KeycloakCrds.KeycloakRealmImport realmImport) {
            if (realmImport.spec == null || realmImport.spec.keycloakCRName == null || realmImport.spec.realm == null) {
                violations.add("spec.keycloakCRName and spec.realm are required");
            } else {
                realm(document.at("/spec/realm"), violations);
            }
        }
    }

    /** The realm against keycloak-core's RealmRepresentation: every unknown field is reported, not only the first. */
    private static void realm(JsonNode realm, List<String> violations) {
        List<String> unknown = new ArrayList<>();
        ObjectMapper strict = JsonMapper.builder().addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext context, com.fasterxml.jackson.core.JsonParser p,
                    JsonDeserializer<?> deserializer, Object bean, String property) throws java.io.IOException {
                unknown.add(context.getParser().getParsingContext().pathAsPointer() + ": unknown to Keycloak's"
                        + " RealmRepresentation (a field of " + (bean == null ? "?" : bean.getClass().getSimpleName())
                        + ")");
                p.skipChildren();
                return true;
            }
        }).build();
        try {
            strict.treeToValue(realm, RealmRepresentation.class);
        } catch (Exception e) {
            violations.add("/spec/realm: not a RealmRepresentation: " + e.getMessage());
        }
        unknown.forEach(u -> violations.add("/spec/realm" + u));
    }

    private static Object read(JsonNode document, Class<?> model, List<String> violations) {
        try {
            return SERIALIZATION.unmarshal(JSON.writeValueAsString(document), model);
        } catch (Exception e) {
            violations.add("does not match the schema: " + e.getMessage());
            return null;
        }
    }

    private static void unknownFields(Object typed, JsonNode document, List<String> violations) {
        ModelWalker.walk(typed, document, visit -> ModelWalker.additionalProperties(visit.bean()).keySet()
                .forEach(field -> violations.add(path(visit.path() + "/" + field) + ": unknown field")));
    }

    /**
     * Writes the model back and compares. A value missing from what the model writes is a real loss only when the
     * model's own property does not hold it: the models leave out properties that have their default value
     * (Strimzi's patternType literal, deleteClaim false), which is not a loss.
     */
    private static void roundTrip(JsonNode document, Object typed, List<String> violations) {
        List<RoundTrip.Difference> differences = new ArrayList<>();
        try {
            RoundTrip.compare(document, JSON.readTree(SERIALIZATION.asJson(typed)), "", differences);
        } catch (Exception e) {
            violations.add("cannot be written back by its model: " + e.getMessage());
            return;
        }
        Map<String, Object> beans = new LinkedHashMap<>();
        ModelWalker.walk(typed, document, visit -> beans.put(visit.path(), visit.bean()));
        for (RoundTrip.Difference d : differences) {
            if (d.path().equals("/apiVersion") || d.path().equals("/kind")
                    || (d.dropped() && keptAsDefault(beans, d))) {
                continue;
            }
            violations.add(d.message());
        }
    }

    private static boolean keptAsDefault(Map<String, Object> beans, RoundTrip.Difference d) {
        int slash = d.path().lastIndexOf('/');
        Object owner = beans.get(d.path().substring(0, slash));
        if (owner == null) {
            return false;
        }
        ModelWalker.Property property = ModelWalker.properties(owner.getClass()).get(d.path().substring(slash + 1));
        if (property == null) {
            return false;
        }
        try {
            return JSON.readTree(SERIALIZATION.asJson(property.read(owner))).equals(d.written());
        } catch (Exception e) {
            return false;
        }
    }

    private static String path(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }
}
