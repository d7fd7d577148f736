package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learnpath.deploy.KustomizeOutput.Resource;
import org.learnpath.deploy.Workloads.EnvSource;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.events.item.ItemTopic;
import org.learnpath.events.path.PathTopic;

/**
 * The Strimzi Kafka of each overlay: a KRaft cluster of node pools, one TLS listener with SCRAM-SHA-512 and the
 * simple authorizer, the services connecting through it as their KafkaUsers, and topics that match the event
 * contracts and the services' outbox settings.
 */
class KafkaTest {

    static final String CLUSTER = "learnpath";
    static final String BOOTSTRAP = CLUSTER + "-kafka-bootstrap:9093";
    static final String CA_DIR = "/etc/learnpath/kafka-ca";

    /** KafkaTopics by topic name (spec.topicName, else metadata.name). */
    static Map<String, Resource> topics(KustomizeOutput output) {
        Map<String, Resource> topics = new LinkedHashMap<>();
        for (Resource t : output.ofKind("KafkaTopic")) {
            String name = t.spec().hasNonNull("topicName") ? Tree.text(t.spec().path("topicName")) : t.name();
            assertThat(topics.put(name, t)).as("%s: KafkaTopic %s declared twice", output, name).isNull();
            assertThat(Tree.text(t.at("/metadata/labels/strimzi.io~1cluster"))).as("%s cluster", t).isEqualTo(CLUSTER);
        }
        return topics;
    }

    static int brokers(KustomizeOutput output) {
        return output.ofKind("KafkaNodePool").stream()
                .filter(p -> CLUSTER.equals(Tree.text(p.at("/metadata/labels/strimzi.io~1cluster"))))
                .filter(p -> Tree.list(p.spec().path("roles")).stream().anyMatch(r -> r.asText().equals("broker")))
                .mapToInt(p -> p.spec().path("replicas").asInt()).sum();
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void kafkaIsAKRaftClusterOfNodePools(Overlay overlay) {
        List<Resource> clusters = overlay.output().ofKind("Kafka");
        assertThat(clusters).extracting(Resource::name).as("%s Kafka clusters", overlay).containsExactly(CLUSTER);
        Resource kafka = clusters.get(0);
        assertThat(kafka.spec().has("zookeeper")).as("ZooKeeper").isFalse();
        assertThat(Tree.fields(kafka.at("/metadata/annotations")).keySet()).as("%s Kafka annotations", overlay)
                .doesNotContain("strimzi.io/kraft", "strimzi.io/node-pools");
        Set<String> roles = new LinkedHashSet<>();
        overlay.output().ofKind("KafkaNodePool").stream()
                .filter(p -> CLUSTER.equals(Tree.text(p.at("/metadata/labels/strimzi.io~1cluster"))))
                .forEach(p -> Tree.list(p.spec().path("roles")).forEach(r -> roles.add(r.asText())));
        assertThat(roles).as("%s node pool roles", overlay).contains("controller", "broker");
        assertThat(brokers(overlay.output())).as("%s brokers", overlay).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theOnlyListenerIsTlsWithScramAndTheSimpleAuthorizer(Overlay overlay) {
        Resource kafka = overlay.output().get("Kafka", CLUSTER);
        List<JsonNode> listeners = Tree.list(kafka.at("/spec/kafka/listeners"));
        assertThat(listeners).as("%s listeners", overlay).hasSize(1);
        JsonNode tls = listeners.get(0);
        assertThat(Tree.text(tls.path("name"))).isEqualTo("tls");
        assertThat(tls.path("port").asInt()).isEqualTo(9093);
        assertThat(Tree.text(tls.path("type"))).isEqualTo("internal");
        assertThat(tls.path("tls").asBoolean(false)).as("%s listener tls", overlay).isTrue();
        assertThat(Tree.text(tls.at("/authentication/type"))).as("%s listener authentication", overlay)
                .isEqualTo("scram-sha-512");
        assertThat(Tree.text(kafka.at("/spec/kafka/authorization/type"))).as("%s authorization", overlay)
                .isEqualTo("simple");
        assertThat(Tree.list(kafka.at("/spec/kafka/authorization/superUsers"))).as("%s super users", overlay)
                .isEmpty();
        // Strimzi makes the listener's NetworkPolicy from these peers: the three services and nothing else.
        List<JsonNode> peers = Tree.list(tls.path("networkPolicyPeers"));
        Set<String> selected = new LinkedHashSet<>();
        for (JsonNode peer : peers) {
            assertThat(peer.has("namespaceSelector") || peer.has("ipBlock")).as("%s peer %s", overlay, peer).isFalse();
            List<String> services = Repo.SERVICES.stream().filter(s -> Workloads.selects(peer.path("podSelector"),
                    Workloads.labels(Workloads.podMetadata(Workloads.deployment(overlay.output(), s))))).toList();
            assertThat(services).as("%s: peer %s selects exactly one service", overlay, peer).hasSize(1);
            selected.addAll(services);
        }
        assertThat(selected).as("%s listener peers", overlay).containsExactlyInAnyOrderElementsOf(Repo.SERVICES);
        assertThat(peers).hasSize(Repo.SERVICES.size());
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void servicesConnectOverTlsAsTheirKafkaUser(Overlay overlay) {
        KustomizeOutput output = overlay.output();
        for (String service : Repo.SERVICES) {
            JsonNode container = Workloads.container(output, service);
            Map<String, EnvSource> env = Workloads.env(output, container);
            Map<String, String> expected = Map.of("KAFKA_BOOTSTRAP_SERVERS", BOOTSTRAP,
                    "KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                    "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM", "KAFKA_SSL_TRUSTSTORE_LOCATION", CA_DIR + "/ca.crt");
            expected.forEach((name, value) -> assertThat(Workloads.value(output, container, name))
                    .as("%s: %s %s", overlay, service, name).contains(value));
            EnvSource jaas = env.get("KAFKA_SASL_JAAS_CONFIG");
            assertThat(jaas).as("%s: %s KAFKA_SASL_JAAS_CONFIG", overlay, service).isNotNull();
            assertThat(jaas.secret()).as("%s: %s JAAS config from the KafkaUser's Secret", overlay, service)
                    .isEqualTo(service);
            assertThat(jaas.key()).isEqualTo("sasl.jaas.config");
            assertThat(output.find("KafkaUser", service)).as("%s: KafkaUser %s", overlay, service).isPresent();
            // The services' prod configuration must read each of these.
            assertThat(ServiceConfig.of(service).env().keySet()).as("%s reads", service)
                    .containsAll(expected.keySet()).contains("KAFKA_SASL_JAAS_CONFIG");
            assertCaMounted(overlay, service);
        }
    }

    private static void assertCaMounted(Overlay overlay, String service) {
        Resource deployment = Workloads.deployment(overlay.output(), service);
        JsonNode mount = Tree.list(Workloads.container(overlay.output(), service).path("volumeMounts")).stream()
                .filter(m -> CA_DIR.equals(Tree.text(m.path("mountPath")))).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": " + service + " mounts nothing at " + CA_DIR));
        assertThat(mount.path("readOnly").asBoolean(false)).as("%s: %s CA mount read-only", overlay, service).isTrue();
        JsonNode volume = Tree.list(Workloads.podSpec(deployment).path("volumes")).stream()
                .filter(v -> Tree.text(mount.path("name")).equals(Tree.text(v.path("name")))).findFirst().orElseThrow();
        assertThat(Tree.text(volume.at("/secret/secretName"))).as("%s: %s CA volume", overlay, service)
                .isEqualTo(CLUSTER + "-cluster-ca-cert");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void contractTopicsAreDeclaredWithTheirCleanupPolicy(Overlay overlay) {
        Map<String, Resource> topics = topics(overlay.output());
        assertThat(topics).containsKeys(CatalogTopic.NAME, AnswerTopic.NAME, ItemTopic.NAME, PathTopic.NAME);
        assertThat(cleanup(topics.get(CatalogTopic.NAME))).isEqualTo("compact");
        assertThat(cleanup(topics.get(ItemTopic.NAME))).isEqualTo("compact");
        assertThat(cleanup(topics.get(AnswerTopic.NAME))).isNotEqualTo("compact");
        assertThat(cleanup(topics.get(PathTopic.NAME))).isNotEqualTo("compact");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void topicSettingsMatchTheOutboxSettings(Overlay overlay) {
        Map<String, Resource> topics = topics(overlay.output());
        for (String service : Repo.SERVICES) {
            ServiceConfig.of(service).outboxTopics().forEach((topic, settings) -> {
                assertThat(topics).as("%s: KafkaTopic for %s's outbox topic", overlay, service).containsKey(topic);
                JsonNode spec = topics.get(topic).spec();
                if (settings.containsKey("partitions")) {
                    assertThat(spec.path("partitions").asInt()).as("%s: %s partitions", overlay, topic)
                            .isEqualTo(Integer.parseInt(settings.get("partitions")));
                }
                if ("true".equals(settings.get("compacted"))) {
                    assertThat(cleanup(topics.get(topic))).as("%s: %s cleanup.policy", overlay, topic)
                            .isEqualTo("compact");
                }
                if (settings.containsKey("retention")) {
                    assertThat(spec.at("/config/retention.ms").asLong()).as("%s: %s retention.ms", overlay, topic)
                            .isEqualTo(Duration.parse(settings.get("retention")).toMillis());
                }
            });
        }
        // The values the README promises, independent of the properties files.
        assertThat(topics.get(CatalogTopic.NAME).spec().path("partitions").asInt()).isEqualTo(3);
        assertThat(topics.get(AnswerTopic.NAME).spec().path("partitions").asInt()).isEqualTo(6);
        assertThat(topics.get(AnswerTopic.NAME).spec().at("/config/retention.ms").asLong())
                .isEqualTo(Duration.ofDays(30).toMillis());
    }

    /** Three replicas with two in sync where there are three brokers; one and one on the demo's single node. */
    @ParameterizedTest
    @EnumSource(Overlay.class)
    void replicationFitsTheBrokers(Overlay overlay) {
        KustomizeOutput output = overlay.output();
        int brokers = brokers(output);
        int replicas = Math.min(3, brokers);
        int minIsr = Math.max(1, replicas - 1);
        topics(output).forEach((name, topic) -> {
            assertThat(topic.spec().path("replicas").asInt()).as("%s: %s replicas (%d brokers)", overlay, name, brokers)
                    .isEqualTo(replicas);
            assertThat(topic.spec().at("/config/min.insync.replicas").asInt(minIsr)).as("%s: %s min ISR", overlay, name)
                    .isEqualTo(minIsr);
        });
        JsonNode config = output.get("Kafka", CLUSTER).at("/spec/kafka/config");
        for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor")) {
            assertThat(config.path(key).asInt(replicas)).as("%s: %s", overlay, key).isEqualTo(replicas);
        }
        for (String key : List.of("min.insync.replicas", "transaction.state.log.min.isr")) {
            assertThat(config.path(key).asInt(minIsr)).as("%s: %s", overlay, key).isEqualTo(minIsr);
        }
        assertThat(config.path("auto.create.topics.enable").asBoolean(true)).as("%s auto.create.topics.enable", overlay)
                .isFalse();
        // The KafkaUsers grant no Create: the services must only describe the topics declared here.
        for (String service : Repo.SERVICES) {
            assertThat(Workloads.value(output, Workloads.container(output, service), "LEARNPATH_OUTBOX_CREATE_TOPICS"))
                    .as("%s: %s LEARNPATH_OUTBOX_CREATE_TOPICS", overlay, service).contains("false");
        }
    }

    /** Members of one consumer group beyond the partition count get no partition: they would only cost. */
    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theRecommenderNeverOutnumbersTheAnswerPartitions(Overlay overlay) {
        KustomizeOutput output = overlay.output();
        int partitions = topics(output).get(AnswerTopic.NAME).spec().path("partitions").asInt();
        int max = Workloads.maxReplicas(output, Workloads.deployment(output, "recommender-service"));
        assertThat(max).as("%s: recommender replicas vs %d answer partitions", overlay, partitions)
                .isPositive().isLessThanOrEqualTo(partitions);
        assertThat(ServiceConfig.of("recommender-service").get("learnpath.recommender.answers.topic"))
                .contains(AnswerTopic.NAME);
    }

    private static String cleanup(Resource topic) {
        return Tree.text(topic.spec().at("/config/cleanup.policy"));
    }
}
