package org.learnpath.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;
import org.learnpath.kafka.KafkaClientSettings;

/**
 * The failure strategy {@value #STRATEGY} of a SmallRye Kafka channel ({@code failure-strategy=bounded-dead-letter-queue},
 * topic in {@code dead-letter-queue.topic} as for the built-in strategy): a refused record goes to the dead-letter
 * topic and consumption goes on, like {@code dead-letter-queue}, with two differences.
 * <ul>
 *   <li>The dead letter is bounded ({@code learnpath.messaging.dead-letter.*}, see {@link DeadLetters}). The built-in
 *       strategy copies the whole value and every header and adds its own: a record near the broker's size limit
 *       then makes a dead letter above the producer's {@code max.request.size}, whose failed send stops the channel
 *       for good. A bounded dead letter always fits.</li>
 *   <li>A record whose retries were abandoned because the application stops ({@link RetryAbandoned}) is neither
 *       dead-lettered nor acknowledged: its offset is not committed, so it comes again after the restart.</li>
 * </ul>
 * A dead letter that cannot be sent (Kafka unreachable for longer than the producer's delivery timeout) is reported
 * as a fatal failure of the channel, as the built-in strategy does.
 */
public final class BoundedDeadLetterQueue implements KafkaFailureHandler {

    public static final String STRATEGY = "bounded-dead-letter-queue";

    private static final Logger LOG = Logger.getLogger(BoundedDeadLetterQueue.class);
    /** Consumer settings that mean something else, or nothing, to the dead letters' producer. */
    private static final Set<String> NOT_FOR_PRODUCER = Set.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ProducerConfig.CLIENT_ID_CONFIG,
            ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, ProducerConfig.TRANSACTIONAL_ID_CONFIG);

    private final String channel;
    private final String topic;
    private final Producer<byte[], byte[]> producer;
    private final MessagingConfig.DeadLetter limits;
    private final BiConsumer<Throwable, Boolean> reportFailure;
    private final Counter deadLetters;

    BoundedDeadLetterQueue(String channel, String topic, Producer<byte[], byte[]> producer,
            MessagingConfig.DeadLetter limits, BiConsumer<Throwable, Boolean> reportFailure, Counter deadLetters) {
        this.channel = channel;
        this.topic = topic;
        this.producer = producer;
        this.limits = limits;
        this.reportFailure = reportFailure;
        this.deadLetters = deadLetters;
    }

    @ApplicationScoped
    @Identifier(STRATEGY)
    @Unremovable
    public static class Factory implements KafkaFailureHandler.Factory {

        private final MessagingConfig config;
        private final MeterRegistry registry;

        public Factory(MessagingConfig config, MeterRegistry registry) {
            this.config = config;
            this.registry = registry;
        }

        @Override
        public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration configuration, Vertx vertx,
                KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
            String channel = configuration.getChannel();
            String topic = configuration.getDeadLetterQueueTopic().orElse("dead-letter-topic-" + channel);
            Map<String, Object> settings = producerSettings(consumer.configuration(), channel);
            Producer<byte[], byte[]> producer = new KafkaProducer<>(settings, new ByteArraySerializer(),
                    new ByteArraySerializer());
            Counter counter = registry.counter("learnpath.messaging.dead-letters", "channel", channel);
            return new BoundedDeadLetterQueue(channel, topic, producer, config.deadLetter(), reportFailure, counter);
        }
    }

    /**
     * The dead letters' producer connects as the channel's consumer does (every connection setting, see
     * {@link KafkaClientSettings}, including those the producer's own list of settings does not name) and shares the
     * consumer's other settings that mean the same to a producer; unset ones are left out.
     */
    static Map<String, Object> producerSettings(Map<String, ?> consumerSettings, String channel) {
        Map<String, Object> settings = new HashMap<>();
        KafkaClientSettings.withoutUnset(consumerSettings).forEach((name, value) -> {
            boolean shared = KafkaClientSettings.isConnectionSetting(name) || ProducerConfig.configNames().contains(name);
            if (shared && !NOT_FOR_PRODUCER.contains(name)) {
                settings.put(name, value);
            }
        });
        Object clientId = consumerSettings.get(ProducerConfig.CLIENT_ID_CONFIG);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters-"
                + (KafkaClientSettings.isSet(clientId) ? clientId : channel));
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        return settings;
    }

    @Override
    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
        if (abandoned(reason)) {
            LOG.infof("Channel %s leaves %s-%d@%d unacknowledged: %s", channel, record.getTopic(),
                    record.getPartition(), record.getOffset(), reason.getMessage());
            return Uni.createFrom().voidItem();
        }
        ProducerRecord<byte[], byte[]> letter = DeadLetters.letter(topic, new DeadLetters.Refused(record.getTopic(),
                record.getPartition(), record.getOffset(), record.getKey(), record.getPayload(), record.getHeaders()),
                reason, limits);
        LOG.warnf("Channel %s dead-letters %s-%d@%d to %s: %s", channel, record.getTopic(), record.getPartition(),
                record.getOffset(), topic, reason.getMessage());
        return Uni.createFrom().<Void>emitter(emitter -> producer.send(letter, (sent, failure) -> {
            if (failure != null) {
                emitter.fail(failure);
            } else {
                emitter.complete(null);
            }
        }))
                // send() may block while it waits for the topic's metadata: never on the caller's event loop.
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().invoke(failure -> reportFailure.accept(failure, true))
                .onItem().invoke(() -> deadLetters.increment())
                .emitOn(record::runOnMessageContext)
                .chain(() -> Uni.createFrom().completionStage(record.ack()));
    }

    private static boolean abandoned(Throwable reason) {
        Throwable t = reason;
        for (int depth = 0; t != null && depth < 64; depth++, t = t.getCause()) {
            if (t instanceof RetryAbandoned) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void terminate() {
        producer.close();
    }
}
