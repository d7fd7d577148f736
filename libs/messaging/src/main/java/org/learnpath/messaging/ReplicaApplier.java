package org.learnpath.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies a record to a local copy (a replica of another service's topic) in a transaction of its own, retrying in
 * place until it succeeds when the failure is the environment's. Meant for {@code @Blocking(ordered = true)}
 * consumers: blocking the channel's worker is the point, since the records of a key must be applied in order and a
 * record skipped now would be lost (nobody re-reads a compacted topic from the start).
 * <ul>
 *   <li>Each attempt runs in a new transaction ({@link QuarkusTransaction#requiringNew()}), so a failed attempt leaves
 *       nothing behind and the next one starts clean, with a connection taken from the pool again.</li>
 *   <li>{@link FailureKind#TRANSIENT} failures (see {@link Failures}) are retried for as long as they last, with
 *       exponential backoff between {@code learnpath.messaging.retry.initial-backoff} and {@code max-backoff};
 *       {@link ReplicaHealthCheck} reports the replica stuck meanwhile.</li>
 *   <li>{@link FailureKind#PERMANENT} failures are thrown at once: the channel's failure strategy dead-letters the
 *       record and consumption goes on.</li>
 *   <li>{@link FailureKind#UNKNOWN} failures are retried {@code unknown-attempts} times, then thrown like permanent
 *       ones. Retrying them forever would hold back every later record of the partition behind a record that may
 *       well be at fault (an error nobody foresaw is more often about an unexpected record than about the
 *       environment, whose usual failures are classified); giving up at once would dead-letter valid records on
 *       the first unforeseen hiccup. A dead letter can be replayed once the cause is understood.</li>
 * </ul>
 * When the application stops during the retries, {@link RetryAbandoned} is thrown: the record is left unacknowledged
 * and comes again after the restart.
 */
@ApplicationScoped
public class ReplicaApplier {

    /** Database work applying one record; it runs inside the transaction this class opens. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Database work applying one event read from a record; it runs inside the transaction this class opens. */
    @FunctionalInterface
    public interface EventWork<E> {
        void run(E event) throws Exception;
    }

    /** Runs one attempt in a transaction of its own. */
    @FunctionalInterface
    interface Transactions {
        void requiringNew(Work work);
    }

    private static final Logger LOG = Logger.getLogger(ReplicaApplier.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(30);
    private static final long SLEEP_SLICE_MS = 50;

    private final MessagingConfig config;
    private final ReplicaStatus status;
    private final MeterRegistry registry;
    private final Transactions transactions;
    private volatile boolean stopping;

    @Inject
    public ReplicaApplier(MessagingConfig config, ReplicaStatus status, MeterRegistry registry) {
        this(config, status, registry, work -> QuarkusTransaction.requiringNew().call(() -> {
            work.run();
            return null;
        }));
    }

    ReplicaApplier(MessagingConfig config, ReplicaStatus status, MeterRegistry registry, Transactions transactions) {
        this.config = config;
        this.status = status;
        this.registry = registry;
        this.transactions = transactions;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * A record that is not part of the contract but harmless, such as a null value (no producer of these topics
     * writes tombstones, so one is a stray write whoever made it): skipped, and counted in
     * {@code learnpath.replica.ignored}.
     */
    public void ignore(String replica, ConsumerRecord<?, ?> record, String reason) {
        status.known(replica);
        LOG.debugf("%s replica ignores %s (%s)", replica, coordinates(record), reason);
        registry.counter("learnpath.replica.ignored", "replica", replica, "reason", reason).increment();
    }

    /**
     * Reads one record of an event contract and applies it with {@link #apply}: a null value is {@linkplain #ignore
     * ignored}; a value the contract refuses ({@link ContractReader}), or an event whose own key ({@code key}) is not
     * the record's, is rejected ({@link RecordRejected}) for the channel's failure strategy to dead-letter: a record
     * filed under another key could overwrite the wrong row.
     */
    public <E> void applyEvent(String replica, ConsumerRecord<String, String> record, ContractReader<E> reader,
            Function<E, String> key, EventWork<E> work) {
        if (record.value() == null) {
            ignore(replica, record, "null-value");
            return;
        }
        E event = reader.read(record.value());
        String expected = key.apply(event);
        if (!expected.equals(record.key())) {
            throw new RecordRejected("record key does not match the event's (" + expected + ")");
        }
        apply(replica, record, () -> work.run(event));
    }

    /** Runs {@code work} in a new transaction until it commits, as described above. */
    public void apply(String replica, ConsumerRecord<?, ?> record, Work work) {
        status.known(replica);
        String where = coordinates(record);
        Duration backoff = config.retry().initialBackoff();
        int attempts = 0;
        int unknown = 0;
        Instant firstFailure = null;
        Instant lastWarning = null;
        while (true) {
            attempts++;
            try {
                transactions.requiringNew(work);
                if (firstFailure != null) {
                    LOG.infof("%s replica applied %s after %d attempts over %d ms", replica, where, attempts,
                            Duration.between(firstFailure, Instant.now()).toMillis());
                }
                status.settled(replica);
                return;
            } catch (RuntimeException e) {
                FailureKind kind = Failures.classify(e);
                if (kind == FailureKind.PERMANENT) {
                    status.settled(replica);
                    throw e;
                }
                if (kind == FailureKind.UNKNOWN && ++unknown >= config.retry().unknownAttempts()) {
                    status.settled(replica);
                    throw new RecordRejected("failed " + unknown + " times with an unclassified error: " + e, e);
                }
                registry.counter("learnpath.replica.retries", "replica", replica, "kind",
                        kind.name().toLowerCase(Locale.ROOT)).increment();
                status.failed(replica, where, kind, e);
                Instant now = Instant.now();
                if (firstFailure == null) {
                    firstFailure = now;
                }
                if (lastWarning == null || Duration.between(lastWarning, now).compareTo(LOG_EVERY) >= 0) {
                    lastWarning = now;
                    LOG.warnf(e, "%s replica cannot apply %s yet (%s, attempt %d); retrying every %d ms at most",
                            replica, where, kind, attempts, config.retry().maxBackoff().toMillis());
                } else {
                    LOG.debugf("%s replica cannot apply %s yet (%s, attempt %d): %s", replica, where, kind, attempts, e);
                }
                pause(backoff, replica, where, e);
                backoff = min(backoff.multipliedBy(2), config.retry().maxBackoff());
            }
        }
    }

    private void pause(Duration backoff, String replica, String where, RuntimeException failure) {
        long until = System.nanoTime() + backoff.toNanos();
        try {
            while (!stopping) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                Thread.sleep(Math.min(SLEEP_SLICE_MS, Math.max(1, left / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new RetryAbandoned(replica + " replica stopped before " + where + " could be applied", failure);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String coordinates(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
