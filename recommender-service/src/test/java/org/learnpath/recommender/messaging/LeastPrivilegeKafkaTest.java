package org.learnpath.recommender.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.Fixtures.answer;
import static org.learnpath.recommender.Fixtures.awaitCount;
import static org.learnpath.recommender.Fixtures.count;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.learner;
import static org.learnpath.testinfra.TestTokens.subjectOf;

import io.quarkus.kafka.client.runtime.KafkaRuntimeConfigProducer;
import io.quarkus.runtime.ApplicationConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.events.path.PathTopic;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.testinfra.OidcIssuerResource;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.ProdKafkaSettings;
import org.learnpath.testinfra.SecuredKafkaBroker;
import org.learnpath.testinfra.SecuredKafkaResource;
import org.learnpath.testinfra.TopicReader;

/**
 * The service against Kafka as on Kubernetes: SASL_SSL with SCRAM-SHA-512 as its own KafkaUser, configured by its
 * %prod lines and the manifests' environment, the topics made by the cluster, and nothing allowed but the ACLs of
 * its KafkaUser. Every Kafka client of the service is exercised: the answer consumer, the catalog and items
 * channels, their dead-letter producers, and the outbox relay's producer and admin client.
 */
@QuarkusTest
@TestProfile(LeastPrivilegeKafkaTest.AsOnKubernetes.class)
class LeastPrivilegeKafkaTest {

    private static final String USER = "recommender-service";
    private static Curriculum curriculum;

    @Inject
    AnswerConsumer answers;

    @Inject
    KafkaClientService channels;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    Config config;

    @Inject
    ApplicationConfig application;

    SecuredKafkaBroker broker = SecuredKafkaResource.broker();

    @BeforeEach
    void setUp() {
        if (curriculum == null) {
            curriculum = Fixtures.curriculum("acl" + UUID.randomUUID().toString().substring(0, 6), this::write);
        }
    }

    @Test
    void anUnsetVariableReachesQuarkusAsAnEmptyValueButNoKafkaClient() {
        // What Quarkus itself would hand every client (its own default-kafka-broker map, which libs/kafka-client
        // replaces); the channels, which take that map as it is, did not start with it.
        assertThat(new KafkaRuntimeConfigProducer().createKafkaRuntimeConfig(config, application))
                .containsEntry("ssl.keystore.location", "");
        assertThat(kafkaConfig).doesNotContainKey("ssl.keystore.location")
                .containsEntry("security.protocol", "SASL_SSL");
        assertThat(answers.properties()).doesNotContainKey("ssl.keystore.location")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.type", "PEM")
                .containsKeys("sasl.jaas.config", "ssl.truststore.location");
        for (String channel : List.of("catalog", "items")) {
            Map<String, Object> consumer = new HashMap<>(channels.getConsumer(channel).configuration());
            assertThat(consumer).doesNotContainKey("ssl.keystore.location")
                    .containsEntry("security.protocol", "SASL_SSL");
        }
    }

    @Test
    void withTheAclsOfItsKafkaUserOnlyTheServiceReadsAndWritesEachOfItsTopics() {
        // The catalog and items channels: the curriculum of setUp() reached the database.
        assertThat(count("select count(*) from catalog_goal where slug = ?", curriculum.goal())).isEqualTo(1);

        // The answer consumer: applied, and its offsets committed for its group.
        String learner = "learner-" + UUID.randomUUID();
        String skill = curriculum.skills().get(0);
        AnswerEvent event = answer(learner, curriculum.items().get(skill).get(0), skill, true, Instant.now());
        write(List.of(Fixtures.record(event)));
        awaitCount("select count(*) from answer where event_id = ?", 1, event.eventId());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> committedAnswers() > 0);

        // The outbox relay, to the answers' dead-letter topic and to the paths topic.
        write(List.of(new ProducerRecord<>(AnswerTopic.NAME, learner, "{not json")));
        awaitKey("learnpath.answers.v1.dlq.recommender", learner);
        String username = "acl-" + UUID.randomUUID();
        as(learner(username)).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then()
                .statusCode(200);
        awaitKey(PathTopic.NAME, subjectOf(username));

        // A channel's dead-letter producer.
        String key = "broken-" + UUID.randomUUID();
        write(List.of(new ProducerRecord<>(CatalogTopic.NAME, key, "{not json")));
        awaitKey("learnpath.catalog.v1.dlq.recommender", key);
    }

    @Test
    void withoutReadOnItsGroupTheAnswerConsumerIsRefusedAndResumesOnceAllowed() {
        AclBinding groupRead = SecuredKafkaBroker.allow(USER, ResourceType.GROUP, "recommender-service.answers",
                AclOperation.READ);
        String skill = curriculum.skills().get(0);
        AnswerEvent event = answer("learner-" + UUID.randomUUID(), curriculum.items().get(skill).get(1), skill, false,
                Instant.now());
        long restarts = answers.restarts();
        broker.revoke(List.of(groupRead));
        try {
            // Its heartbeat is refused, and so is every new consumer's join: no partition, no record.
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> answers.restarts() > restarts + 1);
            long refused = answers.restarts();
            write(List.of(Fixtures.record(event)));
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                    count("select count(*) from answer where event_id = ?", event.eventId()) == 0);
            assertThat(answers.restarts()).isGreaterThan(refused);
        } finally {
            broker.grant(List.of(groupRead));
        }
        awaitCount("select count(*) from answer where event_id = ?", 1, event.eventId());
    }

    @Test
    void withoutWriteOnThePathsTopicTheOutboxHoldsTheEventUntilAllowed() {
        AclBinding write = SecuredKafkaBroker.allow(USER, ResourceType.TOPIC, PathTopic.NAME, AclOperation.WRITE);
        String username = "acl-" + UUID.randomUUID();
        broker.revoke(List.of(write));
        try {
            as(learner(username)).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then()
                    .statusCode(200);
            // Queued, and still queued after the relay's first attempts.
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> count("select count(*) from outbox_event where topic = ? and record_key = ?",
                            PathTopic.NAME, subjectOf(username)) == 1);
            assertThat(keys(PathTopic.NAME)).doesNotContain(subjectOf(username));
        } finally {
            broker.grant(List.of(write));
        }
        awaitKey(PathTopic.NAME, subjectOf(username));
    }

    private long committedAnswers() throws Exception {
        Map<org.apache.kafka.common.TopicPartition, OffsetAndMetadata> offsets = broker.admin()
                .listConsumerGroupOffsets("recommender-service.answers").partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        return offsets.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
    }

    private void awaitKey(String topic, String key) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> keys(topic).contains(key));
    }

    private List<String> keys(String topic) {
        String plain = (String) broker.superUserSettings().get("bootstrap.servers");
        return TopicReader.readAll(plain, topic, Duration.ofSeconds(10)).stream().map(ConsumerRecord::key).toList();
    }

    /** Writes as the other services would; the test's own client is a super user. */
    private void write(List<ProducerRecord<String, String>> records) {
        Fixtures.send(broker.superUserSettings(), records);
    }

    /** The recommender as on Kubernetes, with only PostgreSQL and the token issuer from the shared test resources. */
    public static class AsOnKubernetes implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new HashMap<>(ProdKafkaSettings.prodKafkaLines());
            // The form of the %prod lines, its variable unset (as KAFKA_SSL_TRUSTSTORE_LOCATION would be where the
            // JVM trusts the cluster's CA). With SASL_SSL, an empty key store location reaching any Kafka client
            // would stop that client from starting (KafkaClientSettingsTest).
            settings.put("kafka.ssl.keystore.location",
                    "${" + ProdKafkaSettings.ENV + "KAFKA_SSL_KEYSTORE_LOCATION:}");
            // A consumer refused its group cannot leave it: the group waits for its session to expire.
            settings.put("learnpath.recommender.answers.session-timeout", "PT2S");
            return settings;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresResource.class),
                    new TestResourceEntry(OidcIssuerResource.class),
                    new TestResourceEntry(SecuredKafkaResource.class, Map.of("service", USER)));
        }

        /** Not the shared plaintext broker (KafkaResource): this service knows only the secured one. */
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }
}
