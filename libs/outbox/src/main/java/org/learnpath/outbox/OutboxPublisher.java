package org.learnpath.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.ApplicationRecoverableException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.learnpath.events.CloudEventHeaders;
import org.learnpath.events.schema.EventSchemas;
import org.learnpath.kafka.KafkaClientSettings;

/**
 * Turns outbox rows into Kafka records with CloudEvents headers, making sure on first use that a declared topic
 * exists. Its clients connect with the service's Kafka connection settings ({@link KafkaClientSettings}).
 */
final class OutboxPublisher {

    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Set<String> readyTopics = ConcurrentHashMap.newKeySet();
    private volatile Producer<String, String> producer;

    OutboxPublisher(OutboxConfig config, Map<String, Object> kafkaConfig) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    Future<RecordMetadata> send(PendingEvent row) {
        ensureTopic(row.topic());
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, row.eventId().toString());
        header(headers, CloudEventHeaders.SOURCE, config.source());
        header(headers, CloudEventHeaders.TYPE, row.ceType());
        header(headers, CloudEventHeaders.TIME, row.occurredAt().toString());
        header(headers, CloudEventHeaders.SUBJECT, row.recordKey());
        if (row.payload() != null) {
            header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            // A tombstone has no data, so no schema either.
            EventSchemas.forType(row.ceType()).ifPresent(uri -> header(headers, CloudEventHeaders.DATA_SCHEMA, uri));
        }
        if (row.traceparent() != null) {
            header(headers, TraceParent.HEADER, row.traceparent());
        }
        Producer<String, String> producer = producer();
        try {
            return producer.send(new ProducerRecord<>(row.topic(), null, row.recordKey(), row.payload(), headers));
        } catch (KafkaException e) {
            // Most failures come back through the future; a few (a record the serializer refuses) are thrown. The
            // relay judges both the same way.
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Whether Kafka refused a record for a reason that sending it again cannot change: it is too large, malformed,
     * or otherwise rejected for what it is. False for failures that pass (broker unreachable, leader moving, timeout)
     * and for those about the client or the cluster rather than the record (credentials, ACLs, versions), which
     * would refuse every record alike.
     */
    static boolean refusedForGood(Throwable failure) {
        if (failure instanceof RetriableException
                || failure instanceof AuthenticationException
                || failure instanceof AuthorizationException
                || failure instanceof UnsupportedVersionException
                || failure instanceof ApplicationRecoverableException) {
            return false;
        }
        return failure instanceof ApiException || failure instanceof SerializationException;
    }

    Producer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> props = KafkaClientSettings.withoutUnset(kafkaConfig);
                    props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
                    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
                    int timeout = (int) config.sendTimeout().toMillis();
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeout / 2));
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
                    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    /** Sends what {@link #send} buffered now rather than after the producer's linger, and waits for it. */
    void flush() {
        if (producer != null) {
            producer.flush();
        }
    }

    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Makes sure a declared topic exists before the first record goes to it: asks the broker (Describe, which the
     * service's user has on its topics anyway) and creates the topic only when it is missing and creation is on.
     * Asking first matters under least privilege: a Create request for a topic that exists is refused to a user
     * without Create permission, not answered with "exists".
     */
    private void ensureTopic(String topic) {
        if (readyTopics.contains(topic)) {
            return;
        }
        OutboxConfig.TopicSpec spec = config.topics().get(topic);
        if (spec == null) {
            readyTopics.add(topic);
            return;
        }
        long timeout = config.sendTimeout().toMillis();
        try (Admin admin = Admin.create(adminConfig())) {
            if (!exists(admin, topic, timeout)) {
                if (!config.createTopics()) {
                    throw new IllegalStateException("Topic " + topic + " does not exist and"
                            + " learnpath.outbox.create-topics is false: the cluster must create it");
                }
                create(admin, topic, spec, timeout);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot make sure topic " + topic + " exists: " + e.getCause(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer about topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        readyTopics.add(topic);
    }

    private static boolean exists(Admin admin, String topic, long timeout)
            throws ExecutionException, TimeoutException, InterruptedException {
        try {
            admin.describeTopics(List.of(topic)).allTopicNames().get(timeout, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw e;
        }
    }

    private static void create(Admin admin, String topic, OutboxConfig.TopicSpec spec, long timeout)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<String, String> topicConfig = new HashMap<>();
        topicConfig.put("cleanup.policy", spec.compacted() ? "compact" : "delete");
        spec.retention().ifPresent(r -> topicConfig.put("retention.ms", Long.toString(r.toMillis())));
        NewTopic newTopic = new NewTopic(topic, spec.partitions(), spec.replicationFactor()).configs(topicConfig);
        try {
            admin.createTopics(List.of(newTopic)).all().get(timeout, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // Another instance created it in the meantime.
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** Only the connection settings: the rest of the service's Kafka configuration is for producers and consumers. */
    private Map<String, Object> adminConfig() {
        Map<String, Object> admin = KafkaClientSettings.connection(kafkaConfig);
        admin.put("request.timeout.ms", (int) config.sendTimeout().toMillis());
        admin.put("default.api.timeout.ms", (int) config.sendTimeout().toMillis());
        return admin;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
