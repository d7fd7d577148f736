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

/**
 * Completed refits, and the lock that lets one refit run at a time across all instances sharing the database.
 *
 * <p>The lock is a PostgreSQL session advisory lock: it belongs to the connection that took it, and PostgreSQL
 * releases it when that connection ends, so an instance that dies mid-refit never leaves it held.
 */
@ApplicationScoped
public class RefitRunRepository {

    public enum Trigger { SCHEDULE, REQUEST }

    public record RefitRun(Instant startedAt, Instant finishedAt, Trigger trigger, long answers, int skillsFitted,
            int skillsSkipped) {
    }

    private static final String LOCK_KEY = "hashtext('learnpath.recommender.refit')";

    /** Takes the refit lock on {@code c} if no other session holds it; false if one does. */
    public boolean tryLock(Connection c) throws SQLException {
        return queryBoolean(c, "select pg_try_advisory_lock(" + LOCK_KEY + ")");
    }

    /** Takes the refit lock on {@code c}, waiting for the session that holds it. */
    public void lock(Connection c) throws SQLException {
        queryBoolean(c, "select pg_advisory_lock(" + LOCK_KEY + ") is null");
    }

    /** Gives the refit lock back; false if {@code c} did not hold it. */
    public boolean unlock(Connection c) throws SQLException {
        return queryBoolean(c, "select pg_advisory_unlock(" + LOCK_KEY + ")");
    }

    public Optional<Instant> lastFinishedAt(Connection c) throws SQLException {
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
