package org.learnpath.recommender.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Collection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.repository.AnswerRepository.StoredAnswer;
import org.learnpath.recommender.service.AnswerIngest;

/**
 * Consumes the answer topic. A plain Kafka consumer rather than a reactive-messaging channel, because the one
 * guarantee that matters here needs explicit control: each poll's records are applied and persisted in one
 * database transaction per lane (the lanes split the partitions, see RecommenderConfig.Answers#lanes), and only
 * then are their offsets committed (synchronously).
 *
 * <ul>
 *   <li>A crash before the database commit loses nothing: the offsets were not committed, the records come again.</li>
 *   <li>A crash between the database commit and the offset commit redelivers records already applied: the answer
 *       store's unique event id turns them into no-ops.</li>
 *   <li>Any failure in a batch is handled like such a crash: the consumer is closed without committing and a new
 *       one resumes from the committed offsets after a back-off.</li>
 * </ul>
 * One learner's answers share a partition, and a partition is read by one member of the group at a time, in
 * offset order: per learner, answers are applied in order. Instances in the same group split the partitions,
 * so the service scales out up to the partition count of the topic.
 */
@ApplicationScoped
public class AnswerConsumer {

    private static final Logger LOG = Logger.getLogger(AnswerConsumer.class);

    private final RecommenderConfig config;
    private final String bootstrapServers;
    private final AnswerIngest ingest;
    private final AnswerRecordParser parser = new AnswerRecordParser();
    private final AnswerTracing tracing;
    private final Event<AnswerBatchCommitted> committed;
    private final MeterRegistry registry;
    private final AtomicLong restarts = new AtomicLong();
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;
    // Consumer thread only: per lane, the batch being applied.
    private final InFlight[] inFlight;
    private final ExecutorService[] appliers;

    public AnswerConsumer(RecommenderConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, AnswerIngest ingest,
            Event<AnswerBatchCommitted> committed, MeterRegistry registry, AnswerTracing tracing) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.ingest = ingest;
        this.committed = committed;
        this.registry = registry;
        this.tracing = tracing;
        int lanes = config.answers().lanes();
        this.inFlight = new InFlight[lanes];
        this.appliers = new ExecutorService[lanes];
        for (int lane = 0; lane < lanes; lane++) {
            String name = "answer-applier-" + lane;
            appliers[lane] = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
        }
        registry.gauge("learnpath.answers.consumer.restarts", restarts);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.answers().enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
        for (ExecutorService applier : appliers) {
            applier.shutdown();
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "answer-consumer");
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    public boolean isRunning() {
        return running && thread != null && thread.isAlive();
    }

    /** Times a batch failed and consumption resumed from the committed offsets. */
    public long restarts() {
        return restarts.get();
    }

    private void run() {
        while (running) {
            RuntimeException failure = null;
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(properties())) {
                consumer = kafka;
                try (KafkaClientMetrics metrics = new KafkaClientMetrics(kafka)) {
                    metrics.bindTo(registry);
                    kafka.subscribe(List.of(config.answers().topic()), new ConsumerRebalanceListener() {
                        @Override
                        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                            // Hand the partitions over with the batch in flight applied and its offsets committed.
                            finishInFlight(kafka);
                            ingest.forgetCachedStates();
                        }

                        @Override
                        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                            // Another member may have written these learners' states since this one last did. The
                            // batch in flight (possible with cooperative rebalancing) ends first: the cache is only
                            // ever touched by one thread at a time.
                            finishInFlight(kafka);
                            ingest.forgetCachedStates();
                        }
                    });
                    consume(kafka);
                }
            } catch (WakeupException e) {
                // stop() was called
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                // Whatever happened, the batch in flight ends before anything else touches the states; its offsets
                // stay uncommitted, so its records come again and the answer store turns them into no-ops.
                abandonInFlight();
                ingest.forgetCachedStates();
                consumer = null;
            }
            if (failure != null && running) {
                restarts.incrementAndGet();
                LOG.warnf(failure, "Answer batch failed; resuming from the committed offsets in %s",
                        config.answers().retryBackoff());
                sleep(config.answers().retryBackoff());
            }
        }
    }

    /**
     * Polls and parses the next records while the previous batches are applied on the applier threads: parsing and
     * the database round trips overlap. Each lane applies its batches one after the other, in poll order, and a
     * batch's offsets are committed (here, on the consumer thread) only after its transaction committed.
     */
    private void consume(KafkaConsumer<String, String> kafka) {
        int lanes = appliers.length;
        while (running) {
            ConsumerRecords<String, String> records = kafka.poll(config.answers().pollTimeout());
            if (records.isEmpty()) {
                finishInFlight(kafka);
                continue;
            }
            Batch[] batches = new Batch[lanes];
            Instant now = Instant.now();
            // Partition by partition, each in offset order: the order the answers must be applied in.
            for (TopicPartition partition : records.partitions()) {
                int lane = Math.floorMod(partition.partition(), lanes);
                if (batches[lane] == null) {
                    batches[lane] = new Batch();
                }
                Batch batch = batches[lane];
                long last = -1;
                for (ConsumerRecord<String, String> record : records.records(partition)) {
                    AnswerRecordParser.Parsed parsed = parser.parse(record.value());
                    if (parsed instanceof AnswerRecordParser.Accepted accepted) {
                        batch.answers.add(new StoredAnswer(accepted.answer(), record.partition(), record.offset()));
                    } else {
                        batch.rejected.add(new DeadLetter(record.topic(), record.partition(), record.offset(),
                                record.key(), record.value(), ((AnswerRecordParser.Rejected) parsed).reason(), now));
                    }
                    batch.records.add(record);
                    last = record.offset();
                }
                batch.offsets.put(partition, new OffsetAndMetadata(last + 1));
            }
            for (int lane = 0; lane < lanes; lane++) {
                Batch batch = batches[lane];
                if (batch == null) {
                    continue;
                }
                List<SpanContext> producers = tracing.producerContexts(batch.records);
                int size = batch.records.size();
                finishInFlight(kafka, lane);
                int at = lane;
                inFlight[lane] = new InFlight(appliers[lane].submit(() -> tracing.traced(size, producers,
                        () -> ingest.apply(at, batch.answers, batch.rejected))), batch.offsets, size);
            }
        }
    }

    /** One lane's share of a poll. */
    private static final class Batch {
        final List<ConsumerRecord<String, String>> records = new ArrayList<>();
        final List<StoredAnswer> answers = new ArrayList<>();
        final List<DeadLetter> rejected = new ArrayList<>();
        final Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    }

    /** A batch handed to an applier thread, with the offsets to commit once it is applied. */
    private record InFlight(Future<Integer> applied, Map<TopicPartition, OffsetAndMetadata> offsets, int records) {
    }

    /** Waits for the batches in flight in every lane and commits their offsets. */
    private void finishInFlight(KafkaConsumer<String, String> kafka) {
        for (int lane = 0; lane < inFlight.length; lane++) {
            finishInFlight(kafka, lane);
        }
    }

    /** Waits for the lane's batch in flight and commits its offsets; a failed batch fails the consumer. */
    private void finishInFlight(KafkaConsumer<String, String> kafka, int lane) {
        InFlight batch = inFlight[lane];
        if (batch == null) {
            return;
        }
        inFlight[lane] = null;
        await(batch);
        committed.fire(new AnswerBatchCommitted(batch.records()));
        kafka.commitSync(batch.offsets());
    }

    /** Waits for every batch in flight, successful or not, without committing anything. */
    private void abandonInFlight() {
        for (int lane = 0; lane < inFlight.length; lane++) {
            InFlight batch = inFlight[lane];
            inFlight[lane] = null;
            if (batch != null) {
                try {
                    await(batch);
                } catch (RuntimeException ignored) {
                    // Already failing or stopping: the records come again either way.
                }
            }
        }
    }

    private static void await(InFlight batch) {
        try {
            batch.applied().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a batch was applied", e);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.answers().groupId());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "recommender-service-answers");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A transactional producer's aborted records are never answers; the outbox relay's idempotent producer is
        // not transactional, and its records are readable as soon as they are written either way.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.answers().maxPollRecords());
        p.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, config.answers().fetchMinBytes());
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) config.answers().fetchMaxWait().toMillis());
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000");
        long session = config.answers().sessionTimeout().toMillis();
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, Long.toString(session));
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Long.toString(Math.max(1, session / 3)));
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
