package org.learnpath.recommender.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;

/**
 * Per assigned partition of the answer topic: the offset this instance last committed, the end of the log as last
 * seen, and since when the partition has had records waiting without its committed offset moving. Written by the
 * consumer thread, read by the readiness check.
 *
 * <p>A consumer that fails on the same records again and again (the database refuses them, say) keeps polling them,
 * so its position moves while nothing is committed: progress is judged on committed offsets, never on the position.
 * A partition's waiting time survives the consumer's restarts after a failed batch (the same partitions come back),
 * and starts again when it catches up.
 */
final class PartitionProgress {

    private record State(long committed, long end, Instant waitingSince) {

        long lag() {
            return Math.max(0, end - committed);
        }
    }

    private final ConcurrentHashMap<TopicPartition, State> states = new ConcurrentHashMap<>();

    /** The consumer's whole assignment now, with each partition's committed offset (or start, if none). */
    void assigned(Collection<TopicPartition> assignment, Map<TopicPartition, Long> committed, Instant now) {
        states.keySet().retainAll(assignment);
        for (TopicPartition partition : assignment) {
            long offset = committed.getOrDefault(partition, 0L);
            states.compute(partition, (p, old) -> old == null ? new State(offset, offset, now)
                    : new State(offset, Math.max(old.end(), offset), old.waitingSince()));
        }
    }

    /** The log's end offset of a partition as the last fetch saw it. */
    void fetched(TopicPartition partition, long end, Instant now) {
        states.computeIfPresent(partition, (p, old) -> {
            boolean startsWaiting = old.lag() == 0 && end > old.committed();
            return new State(old.committed(), Math.max(old.end(), end), startsWaiting ? now : old.waitingSince());
        });
    }

    /** Offsets committed after a batch was applied. */
    void committed(Map<TopicPartition, Long> offsets, Instant now) {
        offsets.forEach((partition, offset) -> states.computeIfPresent(partition, (p, old) -> offset > old.committed()
                ? new State(offset, Math.max(old.end(), offset), now) : old));
    }

    /** A partition that has had records waiting for longer than {@code timeout} without progress, if any. */
    Optional<String> stalled(Duration timeout, Instant now) {
        for (Map.Entry<TopicPartition, State> entry : states.entrySet()) {
            State state = entry.getValue();
            if (state.lag() > 0 && Duration.between(state.waitingSince(), now).compareTo(timeout) > 0) {
                return Optional.of(entry.getKey() + ": " + state.lag() + " records waiting, committed offset "
                        + state.committed() + " unchanged since " + state.waitingSince());
            }
        }
        return Optional.empty();
    }

    /** Records waiting in all assigned partitions, as last seen. */
    long lag() {
        return states.values().stream().mapToLong(State::lag).sum();
    }
}
