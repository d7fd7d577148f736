package org.learnpath.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.learnpath.deploy.KustomizeOutput.Resource;

/**
 * Which connections the NetworkPolicies of a build allow, computed the way Kubernetes applies them: a pod selected
 * by no policy of a direction is open in that direction; a pod selected by some is open only to what one of their
 * rules allows; a connection needs both the source's egress and the destination's ingress.
 *
 * <p>The pods are modelled from the build (the services', the portal's and PostgreSQL's pod templates with their container
 * ports) and from what the operators create: the Kafka brokers with Strimzi's labels and the listener port, the
 * Keycloak server pods with the Keycloak operator's labels and its HTTP and management ports, and the realm-import
 * Job's pod (the server's labels with app=keycloak-realm-import). Beside them: the
 * ingress controller's namespace (ingress-nginx), Prometheus's (monitoring), the cluster DNS (kube-system), another
 * namespace, and a pod of the namespace that is none of these. Namespaces carry the kubernetes.io/metadata.name
 * label Kubernetes sets. The operators' own policies are modelled too: Strimzi's for the listener (from its
 * networkPolicyPeers) and the Keycloak operator's (KeycloakNetworkPolicyDependentResource: the HTTP port from
 * spec.networkPolicy.http, the management port from .management, each open to all when its list is empty).
 * Ports the operators use among their own pods (Kafka replication and control, Keycloak's cluster ports) are left
 * out: the operators own those policies.
 */
final class NetworkFlows {

    static final String NAMESPACE = "learnpath";

    record Port(int number, String name, String protocol) {
        @Override
        public String toString() {
            return number + "/" + protocol;
        }
    }

    record Endpoint(String name, String namespace, Map<String, String> labels, List<Port> ports) {
        boolean inNamespace() {
            return NAMESPACE.equals(namespace);
        }
    }

    /** A NetworkPolicy, ours or one an operator generates. */
    record Policy(String name, JsonNode spec) {
        boolean selects(Endpoint pod) {
            return pod.inNamespace() && Workloads.selects(spec.path("podSelector"), pod.labels());
        }

        boolean governs(String direction) {
            List<JsonNode> types = Tree.list(spec.path("policyTypes"));
            if (types.isEmpty()) {
                return direction.equals("Ingress") || spec.has("egress");
            }
            return types.stream().anyMatch(t -> t.asText().equals(direction));
        }
    }

    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<Policy> policies = new ArrayList<>();
    private final List<String> unsupported = new ArrayList<>();

    NetworkFlows(KustomizeOutput output) {
        for (String service : Repo.APPLICATIONS) {
            Resource deployment = Workloads.deployment(output, service);
            endpoints.add(new Endpoint(service, NAMESPACE, Workloads.labels(Workloads.podMetadata(deployment)),
                    ports(Workloads.podSpec(deployment))));
        }
        output.find("StatefulSet", "postgres").ifPresent(p -> endpoints.add(new Endpoint("postgres", NAMESPACE,
                Workloads.labels(Workloads.podMetadata(p)), ports(Workloads.podSpec(p)))));
        for (Resource keycloak : output.ofKind("Keycloak")) {
            Map<String, String> labels = new LinkedHashMap<>(Map.of("app", "keycloak",
                    "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/instance", keycloak.name(),
                    "app.kubernetes.io/component", "server"));
            endpoints.add(new Endpoint("keycloak", NAMESPACE, labels, List.of(
                    new Port(keycloak.at("/spec/http/httpPort").asInt(8080), "http", "TCP"),
                    new Port(keycloak.at("/spec/httpManagement/port").asInt(9000), "management", "TCP"))));
            policies.add(keycloakOperatorPolicy(keycloak, labels));
            // The realm import runs as a Job whose pod is the server's template with app relabelled
            // (KeycloakRealmImportJobDependentResource): it connects to the database, and takes no connections.
            if (!output.ofKind("KeycloakRealmImport").isEmpty()) {
                Map<String, String> job = new LinkedHashMap<>(labels);
                job.put("app", "keycloak-realm-import");
                endpoints.add(new Endpoint("keycloak realm import", NAMESPACE, job, List.of()));
            }
        }
        for (Resource kafka : output.ofKind("Kafka")) {
            Map<String, String> labels = Map.of("strimzi.io/cluster", kafka.name(), "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", kafka.name() + "-kafka", "strimzi.io/broker-role", "true",
                    "strimzi.io/component-type", "kafka");
            List<Port> ports = new ArrayList<>();
            for (JsonNode listener : Tree.list(kafka.at("/spec/kafka/listeners"))) {
                Port port = new Port(listener.path("port").asInt(), Tree.text(listener.path("name")), "TCP");
                ports.add(port);
                // Strimzi's policy for the listener: its port from networkPolicyPeers, from everyone without them.
                policies.add(new Policy("strimzi listener " + port.name(), Tree.JSON.valueToTree(Map.of(
                        "podSelector", Map.of("matchLabels", labels),
                        "policyTypes", List.of("Ingress"),
                        "ingress", List.of(rule(port.number(), listener.path("networkPolicyPeers")))))));
            }
            endpoints.add(new Endpoint("kafka", NAMESPACE, labels, ports));
        }
        endpoints.add(new Endpoint("other pod of the namespace", NAMESPACE, Map.of("app", "other"),
                List.of(new Port(8080, "http", "TCP"))));
        endpoints.add(new Endpoint("ingress controller", "ingress-nginx",
                Map.of("app.kubernetes.io/name", "ingress-nginx"), List.of()));
        endpoints.add(new Endpoint("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"),
                List.of()));
        endpoints.add(new Endpoint("dns", "kube-system", Map.of("k8s-app", "kube-dns"),
                List.of(new Port(53, "dns", "UDP"), new Port(53, "dns-tcp", "TCP"))));
        endpoints.add(new Endpoint("pod of another namespace", "elsewhere", Map.of("app", "other"),
                List.of(new Port(8080, "http", "TCP"))));
        for (Resource policy : output.ofKind("NetworkPolicy")) {
            policies.add(new Policy(policy.name(), policy.spec()));
        }
    }

    private static List<Port> ports(JsonNode podSpec) {
        List<Port> ports = new ArrayList<>();
        for (JsonNode container : Tree.list(podSpec.path("containers"))) {
            for (JsonNode port : Tree.list(container.path("ports"))) {
                ports.add(new Port(port.path("containerPort").asInt(), Tree.text(port.path("name")),
                        port.path("protocol").asText("TCP")));
            }
        }
        return ports;
    }

    private static Policy keycloakOperatorPolicy(Resource keycloak, Map<String, String> serverLabels) {
        List<Object> ingress = new ArrayList<>();
        JsonNode spec = keycloak.at("/spec/networkPolicy");
        if (!spec.path("enabled").asBoolean(true)) {
            return new Policy("keycloak operator (disabled)", Tree.JSON.valueToTree(Map.of(
                    "podSelector", Map.of("matchLabels", Map.of("none", "none")))));
        }
        ingress.add(rule(keycloak.at("/spec/http/httpPort").asInt(8080), spec.path("http")));
        ingress.add(rule(keycloak.at("/spec/httpManagement/port").asInt(9000), spec.path("management")));
        return new Policy("keycloak operator", Tree.JSON.valueToTree(Map.of(
                "podSelector", Map.of("matchLabels", Map.of("app", "keycloak", "app.kubernetes.io/managed-by",
                        "keycloak-operator", "app.kubernetes.io/instance", serverLabels.get("app.kubernetes.io/instance"))),
                "policyTypes", List.of("Ingress"),
                "ingress", ingress)));
    }

    private static Map<String, Object> rule(int port, JsonNode peers) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("ports", List.of(Map.of("port", port, "protocol", "TCP")));
        if (peers.isArray() && !peers.isEmpty()) {
            rule.put("from", Tree.JSON.convertValue(peers, List.class));
        }
        return rule;
    }

    /**
     * Every allowed connection "source -> destination port/protocol" whose destination is a pod of the namespace
     * (ingress under the namespace's policies) or whose source is one of the services or the portal (egress under
     * theirs).
     */
    Set<String> allowed() {
        Set<String> allowed = new TreeSet<>();
        for (Endpoint source : endpoints) {
            for (Endpoint destination : endpoints) {
                boolean inScope = destination.inNamespace() || Repo.APPLICATIONS.contains(source.name());
                if (!inScope || source == destination) {
                    continue;
                }
                for (Port port : destination.ports()) {
                    if (allows(source, destination, port)) {
                        allowed.add(source.name() + " -> " + destination.name() + " " + port);
                    }
                }
            }
        }
        return allowed;
    }

    List<String> unsupported() {
        return unsupported;
    }

    private boolean allows(Endpoint source, Endpoint destination, Port port) {
        return direction("Ingress", destination, source, destination, port)
                && direction("Egress", source, destination, destination, port);
    }

    /** Whether the policies selecting {@code pod} in one direction let the connection through. */
    private boolean direction(String type, Endpoint pod, Endpoint source, Endpoint destination, Port port) {
        if (!pod.inNamespace()) {
            return true; // other namespaces' policies are theirs
        }
        List<Policy> selecting = policies.stream().filter(p -> p.selects(pod) && p.governs(type)).toList();
        if (selecting.isEmpty()) {
            return true;
        }
        Endpoint peer = type.equals("Ingress") ? source : destination;
        String rules = type.equals("Ingress") ? "ingress" : "egress";
        String peers = type.equals("Ingress") ? "from" : "to";
        for (Policy policy : selecting) {
            for (JsonNode rule : Tree.list(policy.spec().path(rules))) {
                if (portMatches(rule.path("ports"), port, destination) && peerMatches(rule.path(peers), peer)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean portMatches(JsonNode ports, Port port, Endpoint destination) {
        if (!ports.isArray() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode p : ports) {
            if (!p.path("protocol").asText("TCP").equals(port.protocol())) {
                continue;
            }
            JsonNode value = p.path("port");
            if (value.isMissingNode()) {
                return true;
            }
            if (value.isInt()) {
                int end = p.path("endPort").asInt(value.asInt());
                if (port.number() >= value.asInt() && port.number() <= end) {
                    return true;
                }
            } else if (value.asText().equals(port.name())) {
                return true;
            }
        }
        return false;
    }

    private boolean peerMatches(JsonNode peers, Endpoint peer) {
        if (!peers.isArray() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode p : peers) {
            if (p.has("ipBlock")) {
                unsupported.add("ipBlock peer " + p + ": not modelled");
                continue;
            }
            boolean namespaceOk = p.has("namespaceSelector")
                    ? Workloads.selects(p.path("namespaceSelector"), Map.of("kubernetes.io/metadata.name", peer.namespace()))
                    : peer.inNamespace();
            boolean podOk = !p.has("podSelector") || Workloads.selects(p.path("podSelector"), peer.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }
}
