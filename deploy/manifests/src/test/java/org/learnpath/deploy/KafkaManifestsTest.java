package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.deploy.Manifests.at;
import static org.learnpath.deploy.Manifests.map;
import static org.learnpath.deploy.Manifests.str;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.learnpath.deploy.Manifests.Doc;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.events.item.ItemTopic;
import org.learnpath.events.path.PathTopic;

/** Strimzi Kafka (KRaft) and KafkaTopics against the event contracts and the services' outbox settings. */
class KafkaManifestsTest {

    private static final Pattern OUTBOX_TOPIC = Pattern.compile("learnpath\\.outbox\\.topics\\.\"([^\"]+)\"\\.([a-z-]+)");
    private static final Pattern MESSAGING_TOPIC = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(topic|dead-letter-queue\\.topic)");
    /** A service's own Kafka clients, e.g. learnpath.recommender.answers.topic / .dead-letter-topic. */
    private static final Pattern OWN_CLIENT_TOPIC = Pattern.compile("learnpath\\.(?!outbox\\.)[a-z-]+\\.[a-z-]+\\.(topic|dead-letter-topic)");

    static Map<String, Doc> topicsByName() {
        Map<String, Doc> topics = new LinkedHashMap<>();
        for (Doc t : Manifests.ofKind("KafkaTopic")) {
            assertThat(t.apiVersion()).isEqualTo("kafka.strimzi.io/v1beta2");
            String name = t.spec().get("topicName") != null ? str(t.spec().get("topicName")) : t.name();
            assertThat(topics.put(name, t)).as("KafkaTopic %s declared twice", name).isNull();
        }
        return topics;
    }

    static String withoutProfile(String key) {
        return key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
    }

    /** Outbox settings per topic, over all services: topic -> attribute -> value. */
    static Map<String, Map<String, String>> outboxSettings() {
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        for (String service : Manifests.SERVICES) {
            Properties p = Manifests.applicationProperties(service);
            for (String key : p.stringPropertyNames()) {
                Matcher m = OUTBOX_TOPIC.matcher(withoutProfile(key));
                if (m.matches()) {
                    settings.computeIfAbsent(m.group(1), t -> new LinkedHashMap<>()).put(m.group(2), p.getProperty(key).trim());
                }
            }
        }
        return settings;
    }

    @Test
    void kafkaIsAKRaftClusterWithANodePool() {
        List<Doc> clusters = Manifests.ofKind("Kafka");
        assertThat(clusters).hasSize(1);
        Doc kafka = clusters.get(0);
        assertThat(kafka.apiVersion()).isEqualTo("kafka.strimzi.io/v1beta2");
        assertThat(at(kafka.content(), "spec", "zookeeper")).as("no ZooKeeper").isNull();
        Map<String, Object> annotations = map(map(kafka.content(), "metadata"), "annotations");
        assertThat(annotations).containsEntry("strimzi.io/kraft", "enabled").containsEntry("strimzi.io/node-pools", "enabled");

        List<Doc> pools = Manifests.ofKind("KafkaNodePool").stream()
                .filter(p -> kafka.name().equals(at(p.content(), "metadata", "labels", "strimzi.io/cluster"))).toList();
        assertThat(pools).as("KafkaNodePools of %s", kafka.name()).isNotEmpty();
        assertThat(pools).allSatisfy(p -> assertThat(p.apiVersion()).isEqualTo("kafka.strimzi.io/v1beta2"));
        Set<Object> roles = new LinkedHashSet<>();
        pools.forEach(p -> roles.addAll(Manifests.list(p.spec(), "roles")));
        assertThat(roles).contains("controller", "broker");
    }

    @Test
    void servicesUseTheStrimziBootstrapAddress() {
        Doc kafka = Manifests.ofKind("Kafka").get(0);
        Object plainPort = Manifests.maps(Manifests.map(kafka.spec(), "kafka"), "listeners").stream()
                .filter(l -> !Boolean.TRUE.equals(l.get("tls"))).map(l -> l.get("port")).findFirst().orElseThrow();
        for (String service : Manifests.SERVICES) {
            assertThat(str(map(Manifests.get("ConfigMap", service).content(), "data").get("KAFKA_BOOTSTRAP_SERVERS")))
                    .as("%s bootstrap", service).isEqualTo(kafka.name() + "-kafka-bootstrap:" + plainPort);
        }
    }

    @Test
    void contractTopicsAreDeclared() {
        Map<String, Doc> topics = topicsByName();
        assertThat(topics).containsKeys(CatalogTopic.NAME, AnswerTopic.NAME, ItemTopic.NAME, PathTopic.NAME);
        assertThat(str(at(topics.get(CatalogTopic.NAME).spec(), "config", "cleanup.policy"))).isEqualTo("compact");
        assertThat(str(at(topics.get(ItemTopic.NAME).spec(), "config", "cleanup.policy"))).isEqualTo("compact");
        assertThat(str(at(topics.get(AnswerTopic.NAME).spec(), "config", "cleanup.policy"))).isNotEqualTo("compact");
        assertThat(str(at(topics.get(PathTopic.NAME).spec(), "config", "cleanup.policy"))).isNotEqualTo("compact");
    }

    @Test
    void theRecommenderNeverScalesBeyondTheAnswerPartitions() {
        // Members of one consumer group beyond the partition count get no partition: they would only cost.
        int partitions = ((Number) topicsByName().get(AnswerTopic.NAME).spec().get("partitions")).intValue();
        Doc autoscaler = Manifests.get("HorizontalPodAutoscaler", "recommender-service");
        assertThat(autoscaler.apiVersion()).isEqualTo("autoscaling/v2");
        int max = ((Number) autoscaler.spec().get("maxReplicas")).intValue();
        int min = ((Number) autoscaler.spec().getOrDefault("minReplicas", 1)).intValue();
        assertThat(max).isPositive().isLessThanOrEqualTo(partitions);
        assertThat(min).isPositive().isLessThanOrEqualTo(max);
        assertThat(str(at(autoscaler.spec(), "scaleTargetRef", "kind"))).isEqualTo("Deployment");
        assertThat(str(at(autoscaler.spec(), "scaleTargetRef", "name"))).isEqualTo("recommender-service");
        // The autoscaler owns the count: a replicas field would reset it (and rebalance the group) on every apply.
        assertThat(Manifests.get("Deployment", "recommender-service").spec()).as("autoscaled Deployment replicas")
                .doesNotContainKey("replicas");
        assertThat(Manifests.applicationPropertiesText("recommender-service"))
                .contains("learnpath.recommender.answers.topic=" + AnswerTopic.NAME);
    }

    @Test
    void everyTopicAServiceNamesIsDeclared() {
        Set<String> named = new LinkedHashSet<>(outboxSettings().keySet());
        for (String service : Manifests.SERVICES) {
            Properties p = Manifests.applicationProperties(service);
            p.stringPropertyNames().stream().filter(k -> MESSAGING_TOPIC.matcher(withoutProfile(k)).matches()
                            || OWN_CLIENT_TOPIC.matcher(withoutProfile(k)).matches())
                    .forEach(k -> named.add(p.getProperty(k).trim()));
        }
        assertThat(named).contains(CatalogTopic.NAME, AnswerTopic.NAME, ItemTopic.NAME, PathTopic.NAME,
                "learnpath.catalog.v1.dlq.assessment", "learnpath.answers.v1.dlq.recommender",
                "learnpath.catalog.v1.dlq.recommender", "learnpath.items.v1.dlq.recommender");
        assertThat(topicsByName().keySet()).containsAll(named);
    }

    @Test
    void topicSettingsMatchTheOutboxSettings() {
        Map<String, Doc> topics = topicsByName();
        outboxSettings().forEach((topic, settings) -> {
            Map<String, Object> spec = topics.get(topic).spec();
            if (settings.containsKey("partitions")) {
                assertThat(((Number) spec.get("partitions")).intValue()).as("%s partitions", topic)
                        .isEqualTo(Integer.parseInt(settings.get("partitions")));
            }
            if ("true".equals(settings.get("compacted"))) {
                assertThat(str(at(spec, "config", "cleanup.policy"))).as("%s cleanup.policy", topic).isEqualTo("compact");
            }
            if (settings.containsKey("retention")) {
                Object retention = at(spec, "config", "retention.ms");
                assertThat(retention).as("%s retention.ms", topic).isNotNull();
                assertThat(Long.parseLong(str(retention))).as("%s retention.ms", topic)
                        .isEqualTo(Duration.parse(settings.get("retention")).toMillis());
            }
        });
        // The values the brief and the README promise, independent of the properties files.
        assertThat(((Number) topics.get(CatalogTopic.NAME).spec().get("partitions")).intValue()).isEqualTo(3);
        assertThat(((Number) topics.get(AnswerTopic.NAME).spec().get("partitions")).intValue()).isEqualTo(6);
        assertThat(Long.parseLong(str(at(topics.get(AnswerTopic.NAME).spec(), "config", "retention.ms"))))
                .isEqualTo(Duration.ofDays(30).toMillis());
    }

    @Test
    void topicsHaveThreeReplicasAndServicesUseThatReplicationFactor() {
        Map<String, Doc> topics = topicsByName();
        assertThat(topics.values()).allSatisfy(t -> assertThat(((Number) t.spec().get("replicas")).intValue())
                .as("%s replicas", t.name()).isEqualTo(3));
        assertThat(topics.values()).allSatisfy(t -> assertThat(at(t.content(), "metadata", "labels", "strimzi.io/cluster"))
                .isEqualTo(Manifests.ofKind("Kafka").get(0).name()));
        for (String service : Manifests.SERVICES) {
            if (Manifests.referencedEnv(service).contains("KAFKA_REPLICATION_FACTOR")) {
                assertThat(str(map(Manifests.get("ConfigMap", service).content(), "data").get("KAFKA_REPLICATION_FACTOR")))
                        .as("%s KAFKA_REPLICATION_FACTOR", service).isEqualTo("3");
            }
        }
    }
}
