package org.learnpath.recommender.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.events.item.ItemTopic;
import org.learnpath.recommender.Fixtures;
import org.learnpath.testinfra.Health;
import org.learnpath.testinfra.KafkaResource;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Metrics;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TopicReader;

/**
 * An item published while the database refuses the replica's work is applied once the database is back, in order,
 * and never dead-lettered; readiness says the replica is stuck meanwhile.
 * <p>
 * The outage: {@code ALTER DATABASE ... ALLOW_CONNECTIONS false}, then every other session of the database ended
 * with {@code pg_terminate_backend}. The service's pooled connections are then dead (their next statement fails with
 * SQLState 57P01 or 08006) and every new one is refused with 55000 ("database is not currently accepting
 * connections"): all of them transient, as a real failover or restart of the server looks to the service. The test's
 * own connection to the database, opened before, stays to watch the replica; the outage is started and ended from
 * the server's maintenance database, since a database cannot refuse connections from inside itself.
 */
@QuarkusTest
@LearnPathTestResources
class ReplicaRetryTest {

    private static final String DEAD_LETTERS = "learnpath.items.v1.dlq.recommender";
    private static final Duration OUTAGE = Duration.ofSeconds(4);

    @Test
    void anItemPublishedDuringADatabaseOutageIsAppliedOnceTheDatabaseIsBack() throws Exception {
        Fixtures.Curriculum curriculum = Fixtures.curriculum("retry" + UUID.randomUUID().toString().substring(0, 6));
        String skill = curriculum.skills().get(0);
        UUID item = UUID.randomUUID();
        ItemEvent event = new ItemEvent(1, UUID.randomUUID(), Instant.now(),
                new ItemEvent.ItemState(item, 3, List.of(skill), 0.4, ItemEvent.Status.PUBLISHED));
        double retriesBefore = retries();
        assertThat(Health.readiness("replicas")).isEqualTo("UP");

        try (Connection watcher = PostgresResource.connect(); Connection server = PostgresResource.connectToServer()) {
            String database = watcher.getCatalog();
            long outageStart = System.nanoTime();
            try {
                execute(server, "alter database \"" + database + "\" allow_connections false");
                terminateSessions(server, database, pid(watcher));
                Fixtures.send(List.of(new org.apache.kafka.clients.producer.ProducerRecord<>(ItemTopic.NAME,
                        item.toString(), EventJson.write(event))));

                Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                        .until(() -> "DOWN".equals(Health.readiness("replicas")));
                Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                        .until(() -> System.nanoTime() - outageStart >= OUTAGE.toNanos());
                assertThat(itemRows(watcher, item)).as("applied while the database refused it").isZero();
                assertThat(Health.readiness("replicas")).isEqualTo("DOWN");
            } finally {
                // Other test classes share this database.
                execute(server, "alter database \"" + database + "\" allow_connections true");
            }
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Fixtures.count("select count(*) from catalog_item where id = ? and version = 3", item) == 1);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> "UP".equals(Health.readiness("replicas")));
        assertThat(retries()).as("transient failures retried").isGreaterThan(retriesBefore);
        assertThat(deadLettersFor(item)).as("dead letters of the item").isZero();
    }

    private static double retries() {
        return Metrics.value("learnpath_replica_retries_total{kind=\"transient\",replica=\"items\"}").orElse(0);
    }

    private static long deadLettersFor(UUID item) throws Exception {
        try (Admin kafka = Admin.create(Map.of("bootstrap.servers", KafkaResource.bootstrapServers()))) {
            if (!kafka.listTopics().names().get().contains(DEAD_LETTERS)) {
                return 0;
            }
        }
        return TopicReader.readAll(DEAD_LETTERS).stream().filter(r -> item.toString().equals(r.key())).count();
    }

    private static long itemRows(Connection c, UUID item) throws Exception {
        try (PreparedStatement s = c.prepareStatement("select count(*) from catalog_item where id = ?")) {
            s.setObject(1, item);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static int pid(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void terminateSessions(Connection server, String database, int except) throws Exception {
        try (PreparedStatement s = server.prepareStatement("select pg_terminate_backend(pid) from pg_stat_activity"
                + " where datname = ? and pid <> ?")) {
            s.setString(1, database);
            s.setInt(2, except);
            s.executeQuery().close();
        }
    }

    private static void execute(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
