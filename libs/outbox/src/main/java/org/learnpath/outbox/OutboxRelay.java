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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in id order and deletes them once Kafka has acknowledged them
 * (acks=all, idempotent producer). A batch that fails stays in the table and is sent again: consumers may
 * see an event twice, always with the same event id, but never miss one. An event Kafka refuses for good (too large,
 * malformed) would fail every batch it is in: it is parked instead, moved to {@code outbox_parked} for an operator
 * (see {@code settleRefused}). Runs on its own thread, woken by
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
    private final AtomicLong parkedRows = new AtomicLong();
    private final Counter published;
    private final Counter parked;
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
        this.parked = Counter.builder("learnpath.outbox.parked")
                .description("Events Kafka refused for good, moved to outbox_parked instead of being published")
                .register(registry);
        registry.gauge("learnpath.outbox.parked.rows", parkedRows);
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

    /** Events waiting in outbox_parked for an operator. */
    public long parked() {
        return parkedRows.get();
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
            Map<Long, Throwable> refused = awaitAcks(batch, acks);
            List<PendingEvent> sent = refused.isEmpty() ? batch : settleRefused(connection, batch, refused);
            if (!sent.isEmpty()) {
                acknowledged.fire(new OutboxBatchAcknowledged(sent.stream().map(PendingEvent::eventId).toList()));
                // Ids below the batch's last that are not in the batch belong to transactions still open: keep them.
                delete(connection, sent);
                Instant now = Instant.now();
                for (PendingEvent event : sent) {
                    publishLag.record(Duration.between(event.occurredAt(), now));
                }
                published.increment(sent.size());
            }
            deletedSinceVacuum += batch.size();
            LOG.debugf("Published %d outbox events up to id %d", sent.size(), batch.get(batch.size() - 1).id());
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

    /**
     * Waits for Kafka's answer to each record sent. Throws, so that the whole batch stays and is sent again later,
     * when any failed in a way that may pass (broker unreachable, leader moving, timeout). Otherwise returns the
     * failures of the records Kafka refused for good, by row id: normally none.
     */
    private Map<Long, Throwable> awaitAcks(List<PendingEvent> rows, List<Future<RecordMetadata>> acks) {
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Map<Long, Throwable> refused = Map.of();
        try {
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (ExecutionException e) {
                    if (!config.parkUnsendable() || !OutboxPublisher.refusedForGood(e.getCause())) {
                        throw e;
                    }
                    if (refused.isEmpty()) {
                        refused = new HashMap<>();
                    }
                    refused.put(rows.get(i).id(), e.getCause());
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the outbox batch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing", e);
        }
        return refused;
    }

    /**
     * Deals with the records of a batch that Kafka refused for good, in id order, so that one unsendable event never
     * holds back the others. A broker that rejects one record fails the whole producer batch it travelled in, and the
     * records of its partition sent behind it, so a refusal inside a batch does not yet say which record is at fault:
     * each refused record is sent once more, alone. One that goes through then is published; one refused again is
     * parked: moved, whole and with the error, from the outbox to {@code outbox_parked}, in this transaction.
     * <p>
     * What this does to the order of a key: a parked event is skipped, its key's later events are published without
     * it (a consumer never sees it unless an operator queues it again), and it waits in {@code outbox_parked}. An event
     * published by its lone send reaches Kafka after the events of the batch that Kafka took the first time, some of
     * which may be later events of its key: the key's events after it are then sent once more, in id order, so that
     * the key's last record, all a compacted topic keeps, is again its latest event. Consumers drop the repeats by
     * event id, as after any resend.
     *
     * @return the rows of the batch now acknowledged by Kafka, in id order
     */
    private List<PendingEvent> settleRefused(Connection connection, List<PendingEvent> batch,
            Map<Long, Throwable> refused) throws SQLException {
        List<PendingEvent> late = new ArrayList<>();
        List<PendingEvent> unsendable = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (PendingEvent event : batch) {
            if (!refused.containsKey(event.id())) {
                continue;
            }
            Future<RecordMetadata> ack = publisher.send(event);
            publisher.flush();
            Throwable again = awaitAcks(List.of(event), List.of(ack)).get(event.id());
            if (again == null) {
                late.add(event);
            } else {
                unsendable.add(event);
                errors.add(again.getClass().getName() + ": " + again.getMessage());
            }
        }
        Set<Long> parkedIds = unsendable.stream().map(PendingEvent::id).collect(Collectors.toSet());
        List<PendingEvent> resend = overtaken(batch, late, parkedIds);
        if (!resend.isEmpty()) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(resend.size());
            for (PendingEvent event : resend) {
                acks.add(publisher.send(event));
            }
            publisher.flush();
            if (!awaitAcks(resend, acks).isEmpty()) {
                throw new IllegalStateException("Kafka refused outbox events it had just acknowledged");
            }
        }
        if (unsendable.isEmpty()) {
            return batch;
        }
        park(connection, unsendable, errors);
        for (int i = 0; i < unsendable.size(); i++) {
            PendingEvent event = unsendable.get(i);
            LOG.warnf("Parked outbox event %s (id %d, topic %s, key %s, %d bytes) in outbox_parked: Kafka refused it"
                    + " for good (%s); the events after it go on", event.eventId(), event.id(), event.topic(),
                    event.recordKey(), event.payload() == null ? 0 : event.payload().getBytes(StandardCharsets.UTF_8).length,
                    errors.get(i));
        }
        parked.increment(unsendable.size());
        return batch.stream().filter(event -> !parkedIds.contains(event.id())).toList();
    }

    /**
     * The rows of the batch to send once more after the lone sends, in id order: for each topic and key with a row
     * published only by its lone send ({@code late}), the key's later rows but the parked ones. Kafka may hold some of
     * them before that row, and each key's last record must be its latest event.
     */
    static List<PendingEvent> overtaken(List<PendingEvent> batch, List<PendingEvent> late, Set<Long> parked) {
        if (late.isEmpty()) {
            return List.of();
        }
        Map<List<String>, Long> firstLate = new HashMap<>();
        for (PendingEvent event : late) {
            firstLate.merge(List.of(event.topic(), event.recordKey()), event.id(), Math::min);
        }
        List<PendingEvent> overtaken = new ArrayList<>();
        for (PendingEvent event : batch) {
            Long first = firstLate.get(List.of(event.topic(), event.recordKey()));
            if (first != null && event.id() > first && !parked.contains(event.id())) {
                overtaken.add(event);
            }
        }
        return overtaken;
    }

    /** Moves rows from the outbox to outbox_parked, whole, each with its error, in one statement. */
    private static void park(Connection connection, List<PendingEvent> rows, List<String> errors) throws SQLException {
        Long[] ids = rows.stream().map(PendingEvent::id).toArray(Long[]::new);
        try (PreparedStatement statement = connection.prepareStatement("""
                with moved as (
                    delete from outbox_event o using unnest(?::bigint[], ?::text[]) as p(id, error)
                    where o.id = p.id
                    returning o.id, o.event_id, o.topic, o.record_key, o.ce_type, o.payload, o.traceparent,
                              o.occurred_at, p.error)
                insert into outbox_parked (id, event_id, topic, record_key, ce_type, payload, traceparent,
                                           occurred_at, error)
                select id, event_id, topic, record_key, ce_type, payload, traceparent, occurred_at, error from moved""")) {
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            statement.setArray(2, connection.createArrayOf("text", errors.toArray(String[]::new)));
            statement.executeUpdate();
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
                ResultSet row = statement.executeQuery(
                        "select count(*), min(occurred_at), (select count(*) from outbox_parked) from outbox_event")) {
            row.next();
            backlog.set(row.getLong(1));
            OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
            oldestAgeMillis.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis()));
            parkedRows.set(row.getLong(3));
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
