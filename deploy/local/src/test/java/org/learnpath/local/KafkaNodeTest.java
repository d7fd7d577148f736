package org.learnpath.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's broker on a real data folder: what a developer's {@code ./run-local.sh} relies on between two runs
 * (the same cluster, its topics, records and committed offsets), and the settings it runs with.
 */
class KafkaNodeTest {

    private static final String TOPIC = "launcher-restart";
    private static final String GROUP = "launcher-restart-group";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    @TempDir
    Path dir;

    @Test
    void aRestartOnTheSameFolderKeepsTheClusterItsRecordsAndCommittedOffsets() throws Exception {
        Path logDir = dir.resolve("kafka");
        int port = freePort();
        int controllerPort = freePort();

        String clusterId;
        try (KafkaNode node = new KafkaNode(logDir, port, controllerPort)) {
            node.start();
            try (Admin admin = admin(node)) {
                clusterId = admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            try (KafkaProducer<String, String> producer = producer(node)) {
                producer.send(new ProducerRecord<>(TOPIC, "learner-1", "answered")).get(30, TimeUnit.SECONDS);
            }
            try (KafkaConsumer<String, String> consumer = consumer(node, GROUP)) {
                assertThat(readAll(consumer)).extracting(ConsumerRecord::value).containsExactly("answered");
                consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(1)));
            }
        }

        try (KafkaNode node = new KafkaNode(logDir, port, controllerPort)) {
            node.start();
            try (Admin admin = admin(node)) {
                assertThat(admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS)).isEqualTo(clusterId);
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(TOPIC);
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                assertThat(committed.get(PARTITION).offset()).isEqualTo(1);
            }
            try (KafkaConsumer<String, String> consumer = consumer(node, null)) {
                List<ConsumerRecord<String, String>> records = readAll(consumer);
                assertThat(records).extracting(ConsumerRecord::key, ConsumerRecord::value)
                        .containsExactly(tuple("learner-1", "answered"));
            }
        }
    }

    /** The settings the launcher depends on, and Kafka's defaults where the companion's test shortcuts would differ. */
    @Test
    void theBrokerRunsWithTheLaunchersSettings() throws Exception {
        try (KafkaNode node = new KafkaNode(dir.resolve("kafka"), freePort(), freePort())) {
            node.start();
            try (Admin admin = admin(node)) {
                ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
                Config config = admin.describeConfigs(Set.of(broker)).all().get(30, TimeUnit.SECONDS).get(broker);
                assertThat(config.get("log.cleaner.dedupe.buffer.size").value()).isEqualTo("2097152");
                assertThat(config.get("group.initial.rebalance.delay.ms").value()).isEqualTo("0");
                assertThat(config.get("offsets.topic.replication.factor").value()).isEqualTo("1");
                assertThat(config.get("share.coordinator.state.topic.replication.factor").value()).isEqualTo("1");
                assertThat(config.get("replica.high.watermark.checkpoint.interval.ms").value()).isEqualTo("5000");
                assertThat(config.get("controller.socket.timeout.ms").value()).isEqualTo("30000");
                assertThat(config.get("offsets.topic.num.partitions").value()).isEqualTo("50");
                assertThat(config.get("log.dir").value()).isEqualTo(dir.resolve("kafka").toString());
            }
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(KafkaConsumer<String, String> consumer) {
        consumer.assign(List.of(PARTITION));
        consumer.seekToBeginning(List.of(PARTITION));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (records.isEmpty() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static Admin admin(KafkaNode node) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, node.bootstrapServers()));
    }

    private static KafkaProducer<String, String> producer(KafkaNode node) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, node.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(KafkaNode node, String group) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, node.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
