package org.learnpath.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in id order and deletes them once Kafka has acknowledged them
 * (acks=all, idempotent producer). A batch that fails stays in the table and is sent again: consumers may
 * see an event twice, always with the same event id, but never miss one. Runs on its own thread, woken by
 * each commit that wrote events (then lingering {@code learnpath.outbox.linger} to gather the commits that follow)
 * and otherwise polling at {@code learnpath.outbox.poll-interval}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Only one relay in the cluster publishes at a time, or two could interleave the events of one key. */
    private static final long RELAY_LOCK = 726100102L;
    private static final Duration STATS_EVERY = Duration.ofSeconds(1);

    private final OutboxConfig config;
    private final OutboxPublisher publisher;
    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final Counter published;
    private final Timer publishLag;
    private volatile boolean running;
    private volatile Thread worker;
    private volatile Instant lastStats = Instant.EPOCH;
    private volatile Instant lastFailureLogged = Instant.EPOCH;
    /** Rows deleted since the relay last vacuumed: only a hint of when to vacuum next, so a plain counter. */
    private long deletedSinceVacuum;

    private final Event<OutboxBatchAcknowledged> acknowledged;
    private final DataSource dataSource;

    public OutboxRelay(OutboxConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            MeterRegistry registry, Event<OutboxBatchAcknowledged> acknowledged, DataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.acknowledged = acknowledged;
        this.publisher = new OutboxPublisher(config, kafkaConfig);
        registry.gauge("learnpath.outbox.backlog", backlog);
        registry.gauge("learnpath.outbox.oldest.age.seconds", oldestAgeMillis, v -> v.get() / 1000.0);
        this.published = registry.counter("learnpath.outbox.published");
        this.publishLag = Timer.builder("learnpath.outbox.publish.lag")
                .description("Time from a committed change to Kafka's acknowledgement of its event")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake();
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(config.sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        publisher.close();
    }

    /** Asks the relay to publish now; cheap and safe to call from any thread. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    public long backlog() {
        return backlog.get();
    }

    public Duration oldestAge() {
        return Duration.ofMillis(oldestAgeMillis.get());
    }

    public boolean isRunning() {
        return worker != null && worker.isAlive();
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                long waitMillis = backoff.isZero() ? config.pollInterval().toMillis() : backoff.toMillis();
                boolean woken = wakeUps.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
                if (woken && backoff.isZero() && !config.linger().isZero() && running) {
                    Thread.sleep(config.linger().toMillis());
                }
                wakeUps.drainPermits();
                if (!running) {
                    break;
                }
                drain();
                vacuumIfDue();
                backoff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                logThrottled(e);
                backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2), Duration.ofSeconds(5));
            } finally {
                refreshStats(false);
            }
        }
    }

    /** Publishes until the outbox is empty; returns how many events were published. */
    public int drain() {
        int total = 0;
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew()
                    .timeout((int) config.sendTimeout().toSeconds() + 30)
                    .call(this::publishBatch);
            total += sent;
        } while (sent == config.batchSize() && running);
        return total;
    }

    /**
     * Publishes the oldest outbox rows, up to a batch, and deletes them once Kafka has acknowledged them; in the
     * caller's transaction, and only while holding the relay lock. Plain JDBC on the transaction's connection: the
     * rows are read once and deleted, and going through their entities (load, page query, bulk delete) cost about
     * two thirds of the relay's CPU.
     */
    int publishBatch() {
        try (Connection connection = dataSource.getConnection()) {
            if (!holdsRelayLock(connection)) {
                return 0;
            }
            List<PendingEvent> batch = oldest(connection, config.batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (PendingEvent event : batch) {
                acks.add(publisher.send(event));
            }
            // The batch is complete: no point in the producer lingering for more records.
            publisher.flush();
            awaitAcks(acks);
            acknowledged.fire(new OutboxBatchAcknowledged(batch.stream().map(PendingEvent::eventId).toList()));
            // Ids below the batch's last that are not in the batch belong to transactions still open: keep them.
            delete(connection, batch);
            deletedSinceVacuum += batch.size();
            Instant now = Instant.now();
            for (PendingEvent event : batch) {
                publishLag.record(Duration.between(event.occurredAt(), now));
            }
            published.increment(batch.size());
            LOG.debugf("Published %d outbox events up to id %d", batch.size(), batch.get(batch.size() - 1).id());
            return batch.size();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read or clean the outbox: " + e.getMessage(), e);
        }
    }

    /**
     * Takes the relay lock for this transaction. The same round trip turns sequential scans off for the rest of it:
     * the outbox holds few live rows among many dead ones, and the planner, seeing a table of thousands of pages and
     * expecting a handful of rows, often read all of it and sorted (12-19 ms a read, measured at 1,500 answers/s)
     * where the primary key reaches the oldest rows in well under a millisecond.
     */
    private static boolean holdsRelayLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_try_advisory_xact_lock(" + RELAY_LOCK
                        + "), set_config('enable_seqscan', 'off', true)")) {
            return row.next() && row.getBoolean(1);
        }
    }

    /**
     * Vacuums the outbox once enough published rows were deleted since the last time. Outside any transaction (a
     * VACUUM cannot run in one), on this thread only, between relay runs.
     */
    private void vacuumIfDue() {
        if (config.vacuumAfter() <= 0 || deletedSinceVacuum < config.vacuumAfter()) {
            return;
        }
        deletedSinceVacuum = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Without truncation: giving the file's empty tail back takes an exclusive lock, which would stall the
            // transactions writing events meanwhile; autovacuum still does that now and then.
            statement.execute("vacuum (truncate false) outbox_event");
        } catch (SQLException e) {
            logThrottled(e);
        }
    }

    private static List<PendingEvent> oldest(Connection connection, int limit) throws SQLException {
        List<PendingEvent> batch = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select id, event_id, topic, record_key, ce_type, payload, traceparent, occurred_at
                from outbox_event order by id limit ?""")) {
            statement.setInt(1, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingEvent(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getObject(8, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return batch;
    }

    private static void delete(Connection connection, List<PendingEvent> batch) throws SQLException {
        Long[] ids = batch.stream().map(PendingEvent::id).toArray(Long[]::new);
        try (PreparedStatement statement = connection.prepareStatement("delete from outbox_event where id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            statement.executeUpdate();
        }
    }

    private void awaitAcks(List<Future<RecordMetadata>> acks) {
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
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
    }

    /** Backlog figures for metrics and readiness, at most once a second unless forced. */
    public void refreshStats(boolean force) {
        Instant now = Instant.now();
        if (!force && Duration.between(lastStats, now).compareTo(STATS_EVERY) < 0) {
            return;
        }
        lastStats = now;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*), min(occurred_at) from outbox_event")) {
            row.next();
            backlog.set(row.getLong(1));
            OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
            oldestAgeMillis.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis()));
        } catch (SQLException | RuntimeException e) {
            logThrottled(e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void logThrottled(Exception e) {
        Instant now = Instant.now();
        if (Duration.between(lastFailureLogged, now).compareTo(Duration.ofSeconds(30)) > 0) {
            lastFailureLogged = now;
            LOG.warnf("Outbox relay could not publish, will retry: %s", e.getMessage());
        }
    }
}
