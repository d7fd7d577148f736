package org.learnpath.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.util.Map;

/**
 * A real single-node KRaft Kafka broker inside the test JVM, shared by every application start of the run.
 * {@value #BOOTSTRAP_ENV}, when set, points the tests at an existing broker instead.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    public static final String BOOTSTRAP_ENV = "LEARNPATH_TEST_KAFKA_BOOTSTRAP";

    private static volatile EmbeddedKafkaBroker broker;
    private static volatile String bootstrapServers;
    private static volatile KafkaCompanion companion;

    @Override
    public synchronized Map<String, String> start() {
        if (bootstrapServers == null) {
            String external = System.getenv(BOOTSTRAP_ENV);
            if (external != null && !external.isBlank()) {
                bootstrapServers = external;
            } else {
                broker = new EmbeddedKafkaBroker()
                        .withKafkaHost("127.0.0.1")
                        .withDeleteLogDirsOnClose(true)
                        .start();
                bootstrapServers = broker.getAdvertisedListeners();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "embedded-kafka-stop"));
            }
        }
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    @Override
    public void stop() {
        // Shared for the whole test JVM: restarting a broker per test class would cost seconds each time.
    }

    public static String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("KafkaResource has not started");
        }
        return bootstrapServers;
    }

    /** A producer/consumer/admin helper bound to the test broker. */
    public static synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(bootstrapServers());
        }
        return companion;
    }
}
