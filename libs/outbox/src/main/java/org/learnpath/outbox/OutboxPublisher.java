package org.learnpath.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.learnpath.events.CloudEventHeaders;
import org.learnpath.events.schema.EventSchemas;

/** Turns outbox rows into Kafka records with CloudEvents headers, creating declared topics on first use. */
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
                    Map<String, Object> props = new HashMap<>(kafkaConfig);
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

    private void ensureTopic(String topic) {
        if (readyTopics.contains(topic)) {
            return;
        }
        OutboxConfig.TopicSpec spec = config.topics().get(topic);
        if (spec == null) {
            readyTopics.add(topic);
            return;
        }
        Map<String, String> topicConfig = new HashMap<>();
        topicConfig.put("cleanup.policy", spec.compacted() ? "compact" : "delete");
        spec.retention().ifPresent(r -> topicConfig.put("retention.ms", Long.toString(r.toMillis())));
        try (Admin admin = Admin.create(adminConfig())) {
            NewTopic newTopic = new NewTopic(topic, spec.partitions(), spec.replicationFactor()).configs(topicConfig);
            admin.createTopics(List.of(newTopic)).all().get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + topic + ": " + e.getMessage(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        readyTopics.add(topic);
    }

    /** The admin client rejects producer settings with warnings only, but keep its config to what it knows. */
    private Map<String, Object> adminConfig() {
        Map<String, Object> admin = new HashMap<>();
        for (String key : new ArrayList<>(kafkaConfig.keySet())) {
            if (key.startsWith("bootstrap") || key.startsWith("security") || key.startsWith("sasl") || key.startsWith("ssl")) {
                admin.put(key, kafkaConfig.get(key));
            }
        }
        admin.put("request.timeout.ms", (int) config.sendTimeout().toMillis());
        admin.put("default.api.timeout.ms", (int) config.sendTimeout().toMillis());
        return admin;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
