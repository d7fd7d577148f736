package org.learnpath.recommender.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.learnpath.kafka.KafkaClientSettings;
import org.learnpath.messaging.FailureKind;
import org.learnpath.messaging.Failures;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.model.ConsumedAnswer;
import org.learnpath.recommender.model.DeadLetter;
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
    /** Where and how to connect: the service's Kafka connection settings, the same as its channels'. */
    private final Map<String, Object> connection;
    private final AnswerIngest ingest;
    private final AnswerRecordParser parser = new AnswerRecordParser();
    private final AnswerTracing tracing;
    private final Event<AnswerBatchCommitted> committed;
    private final MeterRegistry registry;
    private final AtomicLong restarts = new AtomicLong();
    private final AtomicLong isolated = new AtomicLong();
    private final PartitionProgress progress = new PartitionProgress();
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;
    // Consumer thread only: per lane, the batch being applied.
    private final InFlight[] inFlight;
    private final ExecutorService[] appliers;

    public AnswerConsumer(RecommenderConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, AnswerIngest ingest,
            Event<AnswerBatchCommitted> committed, MeterRegistry registry, AnswerTracing tracing) {
        this.config = config;
        this.connection = KafkaClientSettings.connection(kafkaConfig);
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
        registry.gauge("learnpath.answers.consumer.lag", progress, PartitionProgress::lag);
        registry.gauge("learnpath.answers.consumer.isolated.batches", isolated);
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

    /** A partition with records waiting whose committed offset has not moved for longer than the stall timeout. */
    public Optional<String> stalled() {
        return progress.stalled(config.answers().stallTimeout(), Instant.now());
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
                            trackAssignment(kafka);
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
                    if (parsed instanceof AnswerRecordParser.Accepted accepted
                            && !accepted.answer().learnerId().equals(record.key())) {
                        // The key decides the partition, hence the lane and the order a learner's answers are
                        // applied in: a record keyed otherwise could be applied beside another of the same
                        // learner's batches, in another lane, and out of order.
                        parsed = new AnswerRecordParser.Rejected("the record's key is not the answer's learnerId");
                    }
                    if (parsed instanceof AnswerRecordParser.Accepted accepted) {
                        batch.answers.add(new ConsumedAnswer(accepted.answer(), accepted.responseTimeMillis(),
                                record.partition(), record.offset(),
                                accepted.organization(), reason -> deadLetter(record, reason, now),
                                accepted.placement()));
                        batch.answerRecords.add(record);
                    } else {
                        batch.rejected.add(deadLetter(record, ((AnswerRecordParser.Rejected) parsed).reason(), now));
                    }
                    batch.records.add(record);
                    last = record.offset();
                }
                batch.offsets.put(partition, new OffsetAndMetadata(last + 1));
            }
            trackEnds(kafka, now);
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
                        () -> apply(at, batch))), batch.offsets, size);
            }
        }
    }

    /**
     * Applies a lane's batch in one transaction. When that fails on the data itself (a value the database or the
     * model refuses, which no retry can change: {@link FailureKind#PERMANENT}), the batch is applied again record by
     * record, and a record that still fails alone in that way is dead-lettered: one bad record never stops its
     * partition. Any other failure (the database unreachable, a crash) is the consumer's to retry from the committed
     * offsets, and readiness goes down if that lasts. A record's own transaction costs more than its share of a
     * batch's, but only batches that failed pay it.
     */
    private int apply(int lane, Batch batch) {
        try {
            return ingest.apply(lane, batch.answers, batch.rejected);
        } catch (RuntimeException e) {
            if (!isTheRecords(e)) {
                throw e;
            }
            isolated.incrementAndGet();
            LOG.warnf("An answer batch of %d records was refused (%s); applying its records one by one",
                    batch.records.size(), describe(e));
        }
        int applied = batch.rejected.isEmpty() ? 0 : ingest.apply(lane, List.of(), batch.rejected);
        Instant now = Instant.now();
        for (int i = 0; i < batch.answers.size(); i++) {
            try {
                applied += ingest.apply(lane, List.of(batch.answers.get(i)), List.of());
            } catch (RuntimeException e) {
                if (!isTheRecords(e)) {
                    throw e;
                }
                deadLetterAlone(lane, batch.answerRecords.get(i), e, now);
            }
        }
        return applied;
    }

    /**
     * A failure that comes back the same at every delivery of the records: the data refused (libs/messaging
     * Failures), or a value out of the range Java's arithmetic and time types can compute with.
     */
    private static boolean isTheRecords(Throwable failure) {
        if (Failures.classify(failure) == FailureKind.PERMANENT) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ArithmeticException || t instanceof java.time.DateTimeException) {
                return true;
            }
        }
        return false;
    }

    private void deadLetterAlone(int lane, ConsumerRecord<String, String> record, RuntimeException e, Instant now) {
        LOG.warnf("Answer record %s refused when applied alone, dead-lettered: %s", where(record), describe(e));
        ingest.apply(lane, List.of(), List.of(deadLetter(record, "cannot be applied: " + describe(e), now)));
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    /** The innermost message, bounded: for logs and dead letters. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }

    private DeadLetter deadLetter(ConsumerRecord<String, String> record, String reason, Instant now) {
        return DeadLetter.of(record.topic(), record.partition(), record.offset(), record.key(), record.value(), reason,
                now, config.answers().deadLetterMaxChars());
    }

    /** The whole assignment and where each partition's committed offset stands (on the consumer thread). */
    private void trackAssignment(KafkaConsumer<String, String> kafka) {
        Set<TopicPartition> assignment = kafka.assignment();
        Map<TopicPartition, OffsetAndMetadata> committedOffsets = kafka.committed(assignment);
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (TopicPartition partition : assignment) {
            OffsetAndMetadata offset = committedOffsets.get(partition);
            committed.put(partition, offset != null ? offset.offset() : kafka.position(partition));
        }
        progress.assigned(assignment, committed, Instant.now());
    }

    /** The end of each assigned partition's log, as the last fetch saw it. */
    private void trackEnds(KafkaConsumer<String, String> kafka, Instant now) {
        for (TopicPartition partition : kafka.assignment()) {
            OptionalLong lag = kafka.currentLag(partition);
            if (lag.isPresent()) {
                progress.fetched(partition, kafka.position(partition) + lag.getAsLong(), now);
            }
        }
    }

    /** One lane's share of a poll. */
    private static final class Batch {
        final List<ConsumerRecord<String, String>> records = new ArrayList<>();
        final List<ConsumedAnswer> answers = new ArrayList<>();
        /** The record of each answer, by index. */
        final List<ConsumerRecord<String, String>> answerRecords = new ArrayList<>();
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
        // Observed by tests only (see AnswerBatchCommitted).
        committed.fire(new AnswerBatchCommitted(batch.records()));
        kafka.commitSync(batch.offsets());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        batch.offsets().forEach((partition, offset) -> offsets.put(partition, offset.offset()));
        progress.committed(offsets, Instant.now());
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

    Properties properties() {
        Properties p = new Properties();
        p.putAll(connection);
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
