package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Completed refits, and the lock that lets one refit run at a time across all instances sharing the database.
 *
 * <p>The lock is a PostgreSQL session advisory lock: it belongs to the connection that took it, and PostgreSQL
 * releases it when that connection ends, so an instance that dies mid-refit never leaves it held.
 */
@ApplicationScoped
public class RefitRunRepository {

    private final Jdbc jdbc;

    public RefitRunRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code work} while this session holds the refit lock, on a connection kept for that purpose and given
     * back afterwards: waits for the lock, or with {@code wait} false gives up at once (empty) when another session
     * holds it. Not inside a transaction: the lock must outlive the transactions {@code work} commits.
     */
    public <T> Optional<T> whileLocked(boolean wait, Supplier<Optional<T>> work) {
        return jdbc.call(lock -> {
            if (wait) {
                lock(lock);
            } else if (!tryLock(lock)) {
                return Optional.empty();
            }
            try {
                return work.get();
            } finally {
                unlock(lock);
            }
        });
    }

    // On the connection of the calling transaction, if there is one (see Jdbc).

    public Optional<Instant> lastFinishedAt() {
        return jdbc.call(c -> lastFinishedAt(c));
    }

    public void record(RefitRun run) {
        jdbc.run(c -> record(c, run));
    }

    public enum Trigger { SCHEDULE, REQUEST }

    public record RefitRun(Instant startedAt, Instant finishedAt, Trigger trigger, long answers, int skillsFitted,
            int skillsSkipped) {
    }

    /** Takes the refit lock on {@code c} if no other session holds it; false if one does. */
    public boolean tryLock(Connection c) throws SQLException {
        return queryBoolean(c, "select pg_try_advisory_lock(" + AdvisoryLocks.REFIT + ")");
    }

    /** Takes the refit lock on {@code c}, waiting for the session that holds it. */
    public void lock(Connection c) throws SQLException {
        queryBoolean(c, "select pg_advisory_lock(" + AdvisoryLocks.REFIT + ") is null");
    }

    /** Gives the refit lock back; false if {@code c} did not hold it. */
    public boolean unlock(Connection c) throws SQLException {
        return queryBoolean(c, "select pg_advisory_unlock(" + AdvisoryLocks.REFIT + ")");
    }

    Optional<Instant> lastFinishedAt(Connection c) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("select max(finished_at) from refit_run");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            Timestamp last = rows.getTimestamp(1);
            return Optional.ofNullable(last).map(Timestamp::toInstant);
        }
    }

    public void record(Connection c, RefitRun run) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("""
                insert into refit_run (started_at, finished_at, trigger, answers, skills_fitted, skills_skipped)
                values (?, ?, ?, ?, ?, ?)""")) {
            statement.setTimestamp(1, Timestamp.from(run.startedAt()));
            statement.setTimestamp(2, Timestamp.from(run.finishedAt()));
            statement.setString(3, run.trigger().name().toLowerCase(Locale.ROOT));
            statement.setLong(4, run.answers());
            statement.setInt(5, run.skillsFitted());
            statement.setInt(6, run.skillsSkipped());
            statement.executeUpdate();
        }
    }

    private static boolean queryBoolean(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
