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
import java.util.concurrent.atomic.AtomicLong;
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
 * database transaction, and only then are their offsets committed (synchronously).
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
    private final Event<AnswerBatchCommitted> committed;
    private final MeterRegistry registry;
    private final AtomicLong restarts = new AtomicLong();
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public AnswerConsumer(RecommenderConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, AnswerIngest ingest,
            Event<AnswerBatchCommitted> committed, MeterRegistry registry) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.ingest = ingest;
        this.committed = committed;
        this.registry = registry;
        registry.gauge("learnpath.answers.consumer.restarts", restarts);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.answers().enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
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
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(properties())) {
                consumer = kafka;
                try (KafkaClientMetrics metrics = new KafkaClientMetrics(kafka)) {
                    metrics.bindTo(registry);
                    kafka.subscribe(List.of(config.answers().topic()), new ConsumerRebalanceListener() {
                        @Override
                        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                            ingest.forgetCachedStates();
                        }

                        @Override
                        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                            // Another member may have written these learners' states since this one last did.
                            ingest.forgetCachedStates();
                        }
                    });
                    consume(kafka);
                }
            } catch (WakeupException e) {
                // stop() was called
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                restarts.incrementAndGet();
                ingest.forgetCachedStates();
                LOG.warnf(e, "Answer batch failed; resuming from the committed offsets in %s",
                        config.answers().retryBackoff());
                sleep(config.answers().retryBackoff());
            } finally {
                consumer = null;
            }
        }
    }

    private void consume(KafkaConsumer<String, String> kafka) {
        while (running) {
            ConsumerRecords<String, String> records = kafka.poll(config.answers().pollTimeout());
            if (records.isEmpty()) {
                continue;
            }
            List<StoredAnswer> answers = new ArrayList<>(records.count());
            List<DeadLetter> rejected = new ArrayList<>();
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            Instant now = Instant.now();
            // Partition by partition, each in offset order: the order the answers must be applied in.
            for (TopicPartition partition : records.partitions()) {
                long last = -1;
                for (ConsumerRecord<String, String> record : records.records(partition)) {
                    AnswerRecordParser.Parsed parsed = parser.parse(record.value());
                    if (parsed instanceof AnswerRecordParser.Accepted accepted) {
                        answers.add(new StoredAnswer(accepted.answer(), record.partition(), record.offset()));
                    } else {
                        rejected.add(new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
                                record.value(), ((AnswerRecordParser.Rejected) parsed).reason(), now));
                    }
                    last = record.offset();
                }
                offsets.put(partition, new OffsetAndMetadata(last + 1));
            }
            ingest.apply(answers, rejected);
            committed.fire(new AnswerBatchCommitted(records.count()));
            kafka.commitSync(offsets);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.answers().groupId());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "recommender-service-answers");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.answers().maxPollRecords());
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000");
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
