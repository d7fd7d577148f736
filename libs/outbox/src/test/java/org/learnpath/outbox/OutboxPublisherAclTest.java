package org.learnpath.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.SecuredKafkaBroker;
import org.learnpath.testinfra.ServiceKafkaAccess;

/**
 * The relay's producer and admin client against a broker that wants SCRAM over TLS and authorizes with ACLs, the
 * services' users having exactly the ACLs of their KafkaUser (Write and Describe on the topics they publish, no
 * Create: the cluster makes the topics).
 */
class OutboxPublisherAclTest {

    private static SecuredKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = SecuredKafkaBroker.start();
        broker.createTopics(ServiceKafkaAccess.topics());
        ServiceKafkaAccess.CATALOG.grantOn(broker);
        ServiceKafkaAccess.ASSESSMENT.grantOn(broker);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void withTheAclsOfItsKafkaUserEachServicePublishesToItsTopicsThatTheClusterMade() throws Exception {
        OutboxPublisher catalog = publisher("catalog-service", Map.of(
                "topics.\"learnpath.catalog.v1\".compacted", "true"));
        OutboxPublisher assessment = publisher("assessment-service", Map.of(
                "topics.\"learnpath.answers.v1\".partitions", "6",
                "topics.\"learnpath.items.v1\".compacted", "true"));
        try {
            assertThat(sent(catalog, "learnpath.catalog.v1").offset()).isNotNegative();
            assertThat(sent(assessment, "learnpath.answers.v1").offset()).isNotNegative();
            assertThat(sent(assessment, "learnpath.items.v1").offset()).isNotNegative();
        } finally {
            catalog.close();
            assessment.close();
        }
    }

    @Test
    void withoutWriteOnTheTopicTheSendIsRefused() {
        String user = "outbox-writes-elsewhere";
        broker.createUser(user);
        broker.grant(List.of(
                SecuredKafkaBroker.allow(user, ResourceType.TOPIC, "learnpath.catalog.v1", AclOperation.DESCRIBE),
                SecuredKafkaBroker.allow(user, ResourceType.TOPIC, "learnpath.items.v1", AclOperation.WRITE),
                SecuredKafkaBroker.allow(user, ResourceType.TOPIC, "learnpath.items.v1", AclOperation.DESCRIBE)));
        OutboxPublisher publisher = publisher(user, Map.of("send-timeout", "5s"));
        try {
            assertThatThrownBy(() -> sent(publisher, "learnpath.catalog.v1"))
                    .isInstanceOf(TopicAuthorizationException.class);
        } finally {
            publisher.close();
        }
    }

    @Test
    void writeOnItsTopicsIsWhatGivesTheIdempotentProducerItsIdNoClusterPermissionIsNeeded() {
        String user = "outbox-describe-only";
        broker.createUser(user);
        broker.grant(List.of(SecuredKafkaBroker.allow(user, ResourceType.TOPIC, "learnpath.catalog.v1",
                AclOperation.DESCRIBE)));
        OutboxPublisher publisher = publisher(user, Map.of("send-timeout", "5s"));
        try {
            // Since Kafka 3.0 an idempotent producer's id takes Write on any topic or IdempotentWrite on the cluster;
            // the services' users have the former, which the first test shows is enough.
            assertThatThrownBy(() -> sent(publisher, "learnpath.catalog.v1"))
                    .isInstanceOf(ClusterAuthorizationException.class);
        } finally {
            publisher.close();
        }
    }

    @Test
    void aDeclaredTopicTheClusterHasNotMadeIsNamedAndNotCreatedWhenCreationIsOff() {
        String topic = "learnpath.missing.v1";
        String user = "outbox-missing-topic";
        broker.createUser(user);
        broker.grant(List.of(SecuredKafkaBroker.allow(user, ResourceType.TOPIC, topic, AclOperation.WRITE),
                SecuredKafkaBroker.allow(user, ResourceType.TOPIC, topic, AclOperation.DESCRIBE)));
        OutboxPublisher off = publisher(user, Map.of("create-topics", "false",
                "topics.\"" + topic + "\".partitions", "1"));
        OutboxPublisher on = publisher(user, Map.of("topics.\"" + topic + "\".partitions", "1"));
        try {
            assertThatThrownBy(() -> sent(off, topic)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(topic).hasMessageContaining("learnpath.outbox.create-topics");
            // Creating it would take Create, which a service's user does not have.
            assertThatThrownBy(() -> sent(on, topic)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(topic).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        } finally {
            off.close();
            on.close();
        }
    }

    private static RecordMetadata sent(OutboxPublisher publisher, String topic) throws Exception {
        PendingEvent row = new PendingEvent(1, UUID.randomUUID(), topic, "key-" + UUID.randomUUID(), "test",
                "{}", null, Instant.now());
        try {
            return publisher.send(row).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    /**
     * A publisher connecting as {@code user}, its Kafka settings as Quarkus's {@code default-kafka-broker} map has them
     * in production: with the empty strings that {@code ${VARIABLE:}} leaves for an unset variable. Any of these
     * reaching a client would stop it from starting (an empty key store location is a file TLS cannot read).
     */
    private static OutboxPublisher publisher(String user, Map<String, String> outbox) {
        Map<String, Object> kafka = new HashMap<>(broker.clientSettings(user));
        kafka.put("ssl.keystore.location", "");
        kafka.put("ssl.keystore.type", "");
        kafka.put("sasl.login.callback.handler.class", "");
        kafka.put("client.id", user);
        Map<String, String> settings = new HashMap<>();
        settings.put("learnpath.outbox.source", "/learnpath/test");
        settings.put("learnpath.outbox.send-timeout", "10s");
        outbox.forEach((name, value) -> settings.put("learnpath.outbox." + name, value));
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(OutboxConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValues(settings)
                .build();
        return new OutboxPublisher(config.getConfigMapping(OutboxConfig.class), kafka);
    }
}
