package org.learnpath.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft broker+controller inside the launcher JVM: one process less to manage, and it dies with the
 * launcher, so it can never be left behind. Its storage is formatted once and then reused, keeping topics and
 * consumer offsets across restarts.
 */
final class KafkaNode implements AutoCloseable {

    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private volatile KafkaRaftServer server;

    KafkaNode(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    synchronized void start() throws Exception {
        Properties props = brokerProperties();
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format();
        }
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server = raftServer;
        raftServer.startup();
        awaitBrokerAnswers();
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toString());
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
        return p;
    }

    private void format() throws Exception {
        Files.createDirectories(logDir);
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .addDirectory(logDir.toString())
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .run();
    }

    /** startup() returns once the sockets are bound; a real request proves the broker has joined its quorum. */
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
        KafkaRaftServer raftServer = server;
        server = null;
        if (raftServer != null) {
            // A broker stopped soon after its start (a failed launch) logs dozens of ERRORs about coordinators it
            // was still loading; nothing Kafka says while the launcher exits is actionable.
            Configurator.setRootLevel(Level.OFF);
            raftServer.shutdown();
            raftServer.awaitShutdown();
        }
    }
}
