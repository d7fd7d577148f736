package org.learnpath.local;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft broker+controller inside the launcher JVM (the companion's {@link EmbeddedKafkaBroker}, as in
 * the tests): one process less to manage, and it dies with the launcher, so it can never be left behind. Its storage
 * is formatted once and then reused, keeping topics and consumer offsets across restarts.
 */
final class KafkaNode implements AutoCloseable {

    private static final int NODE_ID = 1;

    /**
     * Test shortcuts in the companion's broker defaults, meant for data thrown away after a test. The local system
     * keeps its data, so Kafka's own defaults apply instead, as on a deployed broker: the high watermark is
     * checkpointed every 5 s (the companion: only on a clean stop), requests to the controller time out after 30 s
     * (1 s is too tight on a busy laptop), the broker shuts down in a controlled way, and __consumer_offsets gets
     * Kafka's 50 partitions, as in existing data folders.
     */
    private static final List<String> COMPANION_TEST_SHORTCUTS = List.of(
            "replica.high.watermark.checkpoint.interval.ms",
            "controller.socket.timeout.ms",
            "replica.socket.timeout.ms",
            "controlled.shutdown.enable",
            "offsets.topic.num.partitions",
            "log.segment.delete.delay.ms");

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private volatile EmbeddedKafkaBroker broker;

    KafkaNode(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    synchronized void start() throws Exception {
        Files.createDirectories(logDir);
        EmbeddedKafkaBroker embedded = new EmbeddedKafkaBroker()
                .withNodeId(NODE_ID)
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withClusterId(storedOrNewClusterId())
                // The data folder is the point: topics and offsets outlive the launcher.
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(this::configure);
        broker = embedded;
        embedded.start();
        awaitBrokerAnswers();
    }

    /**
     * The cluster id the data folder was formatted with, or a new one for an empty folder. The companion formats its
     * log directory on every start with the id it is given, skipping a directory formatted before, but only after
     * Kafka's formatter has checked that the directory's meta.properties holds that same id: a new random id (the
     * companion's default) would refuse to start on the data of the previous run.
     */
    private String storedOrNewClusterId() throws IOException {
        Path meta = logDir.resolve("meta.properties");
        if (!Files.isRegularFile(meta)) {
            return Uuid.randomUuid().toString();
        }
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(meta)) {
            stored.load(in);
        }
        String clusterId = stored.getProperty("cluster.id");
        if (clusterId == null) {
            throw new IOException(meta + " has no cluster.id: delete " + logDir + " (or start with --reset)");
        }
        return clusterId;
    }

    private void configure(Properties p) {
        COMPANION_TEST_SHORTCUTS.forEach(p::remove);
        // One directory holds both the partitions and the metadata log, the data folder's layout. Set as log.dir:
        // without it the companion would create a temporary directory on every start.
        p.put("log.dir", logDir.toString());
        // One broker: every internal topic must make do with a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // Consumers of a freshly started service should not sit out the default 3 s rebalance delay.
        p.put("group.initial.rebalance.delay.ms", "0");
        // The 128 MiB default dedupe buffer is allocated up front and costs ~120 MB RSS for nothing here.
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
    }

    /** start() returns once the sockets are bound; a real request proves the broker has joined its quorum. */
    private void awaitBrokerAnswers() throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000))) {
            admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void close() {
        EmbeddedKafkaBroker embedded = broker;
        broker = null;
        if (embedded != null && embedded.isRunning()) {
            // A broker stopped soon after its start (a failed launch) logs dozens of ERRORs about coordinators it
            // was still loading; nothing Kafka says while it stops is actionable.
            Level level = LogManager.getRootLogger().getLevel();
            Configurator.setRootLevel(Level.OFF);
            try {
                embedded.close();
            } finally {
                Configurator.setRootLevel(level);
            }
        }
    }
}
