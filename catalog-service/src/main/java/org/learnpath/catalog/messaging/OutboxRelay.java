package org.learnpath.catalog.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.learnpath.catalog.config.CatalogConfig;
import org.learnpath.catalog.model.OutboxEvent;
import org.learnpath.events.CloudEventHeaders;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogEventType;

/**
 * Publishes outbox rows to the catalog topic in id order, and deletes them once Kafka has acknowledged
 * them (acks=all, idempotent producer). A failed batch stays in the table and is sent again on the next
 * run: consumers may see an event twice, always with the same event id, but never lose one.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Only one relay in the cluster publishes at a time, or two could interleave the events of one key. */
    private static final long RELAY_LOCK = 726100102L;
    private static final String SOURCE = "/learnpath/catalog-service";

    private final CatalogConfig config;
    private final Map<String, Object> kafkaConfig;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final Counter published;
    private final Timer publishLag;
    private volatile Producer<String, String> producer;
    private volatile boolean topicReady;
    private volatile Instant lastFailureLogged = Instant.EPOCH;

    public OutboxRelay(CatalogConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            MeterRegistry registry) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        registry.gauge("learnpath.outbox.backlog", backlog);
        registry.gauge("learnpath.outbox.oldest.age.seconds", oldestAgeMillis, v -> v.get() / 1000.0);
        this.published = registry.counter("learnpath.outbox.published");
        this.publishLag = Timer.builder("learnpath.outbox.publish.lag")
                .description("Time from a catalog change to Kafka's acknowledgement of its event")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    @Scheduled(every = "${learnpath.catalog.outbox.poll-every:1s}", delayed = "${learnpath.catalog.outbox.first-poll-after:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (sent == config.outbox().batchSize());
        } catch (RuntimeException e) {
            logThrottled(e);
        } finally {
            refreshBacklog();
        }
    }

    /** Publishes the oldest batch; returns how many events Kafka acknowledged. */
    int publishBatch() {
        var em = OutboxEvent.getEntityManager();
        Boolean leader = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")
                .getSingleResult();
        if (!Boolean.TRUE.equals(leader)) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("order by id").page(0, config.outbox().batchSize()).list();
        if (batch.isEmpty()) {
            return 0;
        }
        ensureTopic();
        Producer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            acks.add(kafka.send(toRecord(row)));
        }
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the outbox batch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing", e);
        }
        List<Long> ids = batch.stream().map(row -> row.id).toList();
        OutboxEvent.delete("id in ?1", ids);
        Instant now = Instant.now();
        for (OutboxEvent row : batch) {
            publishLag.record(Duration.between(row.occurredAt, now));
        }
        published.increment(batch.size());
        return batch.size();
    }

    public long backlog() {
        return backlog.get();
    }

    public Duration oldestAge() {
        return Duration.ofMillis(oldestAgeMillis.get());
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent row) {
        CatalogEventType type = CatalogEventType.valueOf(row.eventType);
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, row.eventId.toString());
        header(headers, CloudEventHeaders.SOURCE, SOURCE);
        header(headers, CloudEventHeaders.TYPE, type.ceType());
        header(headers, CloudEventHeaders.TIME, row.occurredAt.toString());
        header(headers, CloudEventHeaders.SUBJECT, row.aggregateKey);
        if (row.payload != null) {
            header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            header(headers, CloudEventHeaders.DATA_SCHEMA, CatalogEvent.SCHEMA_RESOURCE);
        }
        return new ProducerRecord<>(config.topic().name(), null, row.aggregateKey, row.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void refreshBacklog() {
        try {
            Object[] stats = QuarkusTransaction.requiringNew().call(() -> (Object[]) OutboxEvent.getEntityManager()
                    .createNativeQuery("select count(*), min(occurred_at) from outbox_event").getSingleResult());
            backlog.set(((Number) stats[0]).longValue());
            Instant oldest = stats[1] == null ? null : toInstant(stats[1]);
            oldestAgeMillis.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis()));
        } catch (RuntimeException e) {
            logThrottled(e);
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> props = new HashMap<>(kafkaConfig);
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "catalog-outbox-relay");
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    int timeout = (int) config.outbox().sendTimeout().toMillis();
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeout / 2));
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
                    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    /** The catalog topic must be compacted, which auto-creation would not do: create it ourselves. */
    private void ensureTopic() {
        if (topicReady) {
            return;
        }
        try (Admin admin = Admin.create(kafkaConfig)) {
            NewTopic topic = new NewTopic(config.topic().name(), config.topic().partitions(),
                    config.topic().replicationFactor())
                    .configs(Map.of("cleanup.policy", "compact", "min.insync.replicas", "1"));
            admin.createTopics(List.of(topic)).all().get(config.outbox().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + config.topic().name() + ": " + e.getMessage(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating " + config.topic().name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        topicReady = true;
    }

    private void logThrottled(RuntimeException e) {
        Instant now = Instant.now();
        if (Duration.between(lastFailureLogged, now).compareTo(Duration.ofSeconds(30)) > 0) {
            lastFailureLogged = now;
            LOG.warnf("Outbox relay could not publish, will retry: %s", e.getMessage());
        }
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
