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
    private static java.nio.file.Path logDir;
    private static String clusterId;
    private static int kafkaPort;
    private static int controllerPort;

    @Override
    public synchronized Map<String, String> start() {
        if (bootstrapServers == null) {
            String external = System.getenv(BOOTSTRAP_ENV);
            if (external != null && !external.isBlank()) {
                bootstrapServers = external;
            } else {
                logDir = createLogDir();
                clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
                kafkaPort = freePort();
                controllerPort = freePort();
                broker = newBroker().start();
                bootstrapServers = broker.getAdvertisedListeners();
                Runtime.getRuntime().addShutdownHook(new Thread(KafkaResource::shutdown, "embedded-kafka-stop"));
            }
        }
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    @Override
    public void stop() {
        // Shared for the whole test JVM: restarting a broker per test class would cost seconds each time.
    }

    /** Stops the broker, keeping its data, as an outage would. */
    public static synchronized void stopBroker() {
        if (broker == null) {
            throw new IllegalStateException("Only the embedded broker can be stopped");
        }
        broker.close();
    }

    /** Starts the broker again on the same ports with the data it had. */
    public static synchronized void startBroker() {
        if (broker == null) {
            throw new IllegalStateException("Only the embedded broker can be started");
        }
        if (!broker.isRunning()) {
            broker = newBroker().start();
        }
    }

    private static EmbeddedKafkaBroker newBroker() {
        return new EmbeddedKafkaBroker()
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(kafkaPort)
                .withControllerPort(controllerPort)
                .withClusterId(clusterId)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(props -> props.put("log.dir", logDir.toString()));
    }

    private static void shutdown() {
        broker.close();
        try (var walk = java.nio.file.Files.walk(logDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // Temporary files; the OS cleans up what is left.
        }
    }

    private static java.nio.file.Path createLogDir() {
        try {
            return java.nio.file.Files.createTempDirectory("learnpath-kafka-test-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
