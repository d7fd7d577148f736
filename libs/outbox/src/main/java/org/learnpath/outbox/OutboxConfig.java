package org.learnpath.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "learnpath.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay; rows are still written when off (another instance relays). */
    @WithDefault("true")
    boolean relayEnabled();

    /** CloudEvents source of the published events, e.g. /learnpath/catalog-service. */
    String source();

    /** Longest wait between relay runs when no commit wakes the relay earlier. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long the relay waits after a commit woke it before it reads the outbox: commits arriving meanwhile go
     * out in the same relay transaction and Kafka request. Each relay run costs a transaction and a round trip to
     * the broker whatever it carries, so under steady load a few milliseconds here save more CPU than they add
     * latency (Kafka's own producer lingers 5 ms for the same reason). Zero publishes each commit at once.
     */
    @WithDefault("5ms")
    Duration linger();

    /** Most events published per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /**
     * The relay vacuums the outbox table itself after deleting this many published rows (0 or less: leave it
     * to autovacuum). The table is a queue: every row is inserted, read once and deleted, and until a vacuum removes
     * the dead rows each relay read steps over them. Autovacuum visits a database at most once a minute
     * ({@code autovacuum_naptime}), long enough at 1,500 answers/s to pile up 90,000 dead rows behind a few hundred
     * live ones. Needs the service to own the table; otherwise PostgreSQL skips it with a warning.
     */
    @WithDefault("5000")
    int vacuumAfter();

    /** How long to wait for Kafka to acknowledge a batch before retrying it later. */
    @WithDefault("15s")
    Duration sendTimeout();

    /**
     * What the relay does with an event Kafka refuses for good (too large, malformed; see
     * {@link OutboxRelay}): true moves it to the table {@code outbox_parked} for an operator and goes on with the
     * events after it; false keeps retrying it, which holds back every later event until someone removes it.
     */
    @WithDefault("true")
    boolean parkUnsendable();

    /** Readiness turns DOWN when the oldest unpublished event is older than this. */
    @WithDefault("2m")
    Duration stuckAfter();

    /** Topics the relay creates when missing (others must exist or be auto-created by the broker). */
    Map<String, TopicSpec> topics();

    /**
     * Whether the relay creates a topic of {@link #topics()} that does not exist yet. Off where the cluster makes the
     * topics (Strimzi KafkaTopic resources): the service's Kafka user then needs no Create permission, only Write and
     * Describe, and a missing topic is reported by name rather than attempted. Either way the relay first asks
     * whether the topic exists (Describe), so an existing topic never costs a Create request.
     */
    @WithDefault("true")
    boolean createTopics();

    interface TopicSpec {
        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();

        /** Compacted topics keep the last record per key (state); others keep records for the retention time. */
        @WithDefault("false")
        boolean compacted();

        Optional<Duration> retention();
    }
}
