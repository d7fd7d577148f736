package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.learnpath.learner.BktParameters;
import org.learnpath.learner.MemoryParameters;

/**
 * Completed refits, each a version of the learner model (its run id): the skill parameters it fitted (the
 * {@code skill_parameters} table, which each refit replaces as a whole), the item difficulties it traces with
 * ({@code refit_difficulty}) and whether every learner's state has been replayed under them. Also the lock that lets
 * one refit run at a time across all instances sharing the database.
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

    /** Records a completed fit; returns its id, the version of the model it fitted. */
    public long record(RefitRun run) {
        return jdbc.call(c -> record(c, run));
    }

    /**
     * Stores the difficulties the run's model traces with, and drops those of runs older than the last
     * {@link #KEPT_SNAPSHOTS}: only the latest is used, the ones before are kept to compare successive refits.
     */
    public void saveDifficulties(long runId, Map<String, Double> difficultyByItem) {
        jdbc.run(c -> saveDifficulties(c, runId, difficultyByItem));
    }

    /** Records that every learner's state was replayed under the run's model. */
    public void recordReplay(long runId, Replay replay) {
        jdbc.run(c -> {
            try (PreparedStatement statement = c.prepareStatement("""
                    update refit_run set replay_finished_at = ?, replayed_learners = ?, replayed_answers = ?,
                        replay_millis = ?
                    where id = ?""")) {
                statement.setTimestamp(1, Timestamp.from(replay.finishedAt()));
                statement.setLong(2, replay.learners());
                statement.setLong(3, replay.answers());
                statement.setLong(4, replay.took().toMillis());
                statement.setLong(5, runId);
                statement.executeUpdate();
            }
        });
    }

    /** The latest run's version and whether its replay finished; version 0 and replayed when there was no refit. */
    public Stamp stamp() {
        return jdbc.call(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "select id, replay_finished_at is not null from refit_run order by id desc limit 1");
                    ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new Stamp(rows.getLong(1), rows.getBoolean(2)) : Stamp.NONE;
            }
        });
    }

    /**
     * The model in force, read in one statement (one snapshot of the database), so that the parameters and the
     * difficulties always belong to the same refit: the latest run, every skill's stored parameters and the run's
     * difficulties.
     */
    public StoredModel model() {
        return jdbc.call(RefitRunRepository::model);
    }

    public enum Trigger { SCHEDULE, REQUEST }

    /**
     * @param skillsFitted     skills whose fitted parameters are used
     * @param skillsSkipped    skills with too few learners or answers to fit (they trace with the defaults)
     * @param skillsDegenerate skills whose fit was set aside as degenerate (they trace with the defaults)
     * @param logLikelihood    of the fitted answers under the fit, each counted with its evidence weight
     * @param replay           the replay of learner states under the run's model; null while it has not finished
     */
    public record RefitRun(Instant startedAt, Instant finishedAt, Trigger trigger, long answers, int skillsFitted,
            int skillsSkipped, int skillsDegenerate, double logLikelihood, Replay replay) {
    }

    /** How every learner's state was recomputed from their answers under a run's model. */
    public record Replay(long learners, long answers, Duration took, Instant finishedAt) {
    }

    /**
     * @param version  the latest run's id (0: no refit yet)
     * @param replayed whether every learner's state was replayed under that run's model
     */
    public record Stamp(long version, boolean replayed) {
        public static final Stamp NONE = new Stamp(0, true);
    }

    /**
     * @param version          the latest run's id (0: none)
     * @param replayed         whether every learner's state was replayed under it
     * @param skillsDegenerate skills the run set aside as degenerate
     * @param skillsSkipped    skills the run could not fit for too little data
     * @param parameters       fitted parameters per skill code (skills absent use the defaults)
     * @param difficulties     the difficulty each item is traced with, by item id (items absent: their own)
     * @param memory           the memory parameters the run fitted; {@code null}: the configured ones
     */
    public record StoredModel(long version, boolean replayed, int skillsDegenerate, int skillsSkipped,
            Map<String, BktParameters> parameters, Map<String, Double> difficulties, MemoryParameters memory) {
    }

    /** Snapshots of difficulties kept: the latest run's, which is used, and those of the runs just before it. */
    static final int KEPT_SNAPSHOTS = 3;

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

    public long record(Connection c, RefitRun run) throws SQLException {
        Replay replay = run.replay();
        try (PreparedStatement statement = c.prepareStatement("""
                insert into refit_run (started_at, finished_at, trigger, answers, skills_fitted, skills_skipped,
                                       skills_degenerate, log_likelihood, replay_finished_at, replayed_learners,
                                       replayed_answers, replay_millis)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id""")) {
            statement.setTimestamp(1, Timestamp.from(run.startedAt()));
            statement.setTimestamp(2, Timestamp.from(run.finishedAt()));
            statement.setString(3, run.trigger().name().toLowerCase(Locale.ROOT));
            statement.setLong(4, run.answers());
            statement.setInt(5, run.skillsFitted());
            statement.setInt(6, run.skillsSkipped());
            statement.setInt(7, run.skillsDegenerate());
            statement.setDouble(8, run.logLikelihood());
            statement.setTimestamp(9, replay == null ? null : Timestamp.from(replay.finishedAt()));
            statement.setObject(10, replay == null ? null : replay.learners(), Types.BIGINT);
            statement.setObject(11, replay == null ? null : replay.answers(), Types.BIGINT);
            statement.setObject(12, replay == null ? null : replay.took().toMillis(), Types.BIGINT);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    void saveDifficulties(Connection c, long runId, Map<String, Double> difficultyByItem) throws SQLException {
        List<String> items = new ArrayList<>(difficultyByItem.keySet());
        Double[] difficulties = items.stream().map(difficultyByItem::get).toArray(Double[]::new);
        try (PreparedStatement statement = c.prepareStatement("""
                insert into refit_difficulty (refit_run_id, item_id, difficulty)
                select ?, i::uuid, d from unnest(?::text[], ?::float8[]) as x(i, d)""")) {
            statement.setLong(1, runId);
            statement.setArray(2, Sql.texts(c, items));
            statement.setArray(3, c.createArrayOf("float8", difficulties));
            statement.executeUpdate();
        }
        try (PreparedStatement statement = c.prepareStatement("""
                delete from refit_difficulty
                where refit_run_id not in (select id from refit_run order by id desc limit ?)""")) {
            statement.setInt(1, KEPT_SNAPSHOTS);
            statement.executeUpdate();
        }
    }

    static StoredModel model(Connection c) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("""
                select coalesce(r.id, 0), coalesce(r.replay_finished_at is not null, true),
                       coalesce(r.skills_degenerate, 0), coalesce(r.skills_skipped, 0),
                       (select array_agg(skill_code order by skill_code) from skill_parameters),
                       (select array_agg(prior order by skill_code) from skill_parameters),
                       (select array_agg(learn order by skill_code) from skill_parameters),
                       (select array_agg(guess order by skill_code) from skill_parameters),
                       (select array_agg(slip order by skill_code) from skill_parameters),
                       (select array_agg(item_id::text order by item_id) from refit_difficulty
                        where refit_run_id = r.id),
                       (select array_agg(difficulty order by item_id) from refit_difficulty
                        where refit_run_id = r.id),
                       r.memory_learnt_stability_days, r.memory_known_stability_days, r.memory_growth,
                       r.memory_lapse_factor
                from (select 1) as one
                left join lateral (select * from refit_run order by id desc limit 1) as r on true""");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            Map<String, BktParameters> parameters = new HashMap<>();
            List<String> skills = Sql.texts(rows.getArray(5));
            Double[] prior = doubles(rows.getArray(6));
            Double[] learn = doubles(rows.getArray(7));
            Double[] guess = doubles(rows.getArray(8));
            Double[] slip = doubles(rows.getArray(9));
            for (int i = 0; i < skills.size(); i++) {
                parameters.put(skills.get(i), new BktParameters(prior[i], learn[i], guess[i], slip[i]));
            }
            Map<String, Double> difficulties = new HashMap<>();
            List<String> items = Sql.texts(rows.getArray(10));
            Double[] difficulty = doubles(rows.getArray(11));
            for (int i = 0; i < items.size(); i++) {
                difficulties.put(items.get(i), difficulty[i]);
            }
            double learnt = rows.getDouble(12);
            MemoryParameters memory = rows.wasNull() ? null
                    : new MemoryParameters(learnt, rows.getDouble(13), rows.getDouble(14), rows.getDouble(15));
            return new StoredModel(rows.getLong(1), rows.getBoolean(2), rows.getInt(3), rows.getInt(4), parameters,
                    difficulties, memory);
        }
    }

    /** Stores the memory parameters run {@code id} fitted; in the transaction that records the run. */
    public void saveMemory(long id, MemoryParameters memory) {
        jdbc.run(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "update refit_run set memory_learnt_stability_days = ?, memory_known_stability_days = ?,"
                            + " memory_growth = ?, memory_lapse_factor = ? where id = ?")) {
                statement.setDouble(1, memory.learntStabilityDays());
                statement.setDouble(2, memory.knownStabilityDays());
                statement.setDouble(3, memory.growth());
                statement.setDouble(4, memory.lapseFactor());
                statement.setLong(5, id);
                statement.executeUpdate();
            }
        });
    }

    private static Double[] doubles(Array array) throws SQLException {
        return array == null ? new Double[0] : (Double[]) array.getArray();
    }

    private static boolean queryBoolean(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
