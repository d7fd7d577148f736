package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learnpath.learner.ItemDifficulty;
import org.learnpath.learner.SkillMastery;
import org.learnpath.learner.SkillMemory;

/** Per learner and skill the BKT state, and per item its calibrated difficulty. */
@ApplicationScoped
public class MasteryRepository {

    private final Jdbc jdbc;

    public MasteryRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // On the connection of the calling transaction, if there is one (see Jdbc).

    public List<SkillMastery> load(String learnerId) {
        return jdbc.call(c -> load(c, learnerId));
    }

    public Map<String, List<SkillMastery>> load(Collection<String> learnerIds) {
        return jdbc.call(c -> load(c, learnerIds));
    }

    /** Writes the changed states of each learner, in one statement. */
    public void upsert(Map<String, List<SkillMastery>> changed) {
        jdbc.run(c -> upsert(c, changed));
    }

    /**
     * The stored calibrations of these items, read without locking them; items never answered are given at their
     * prior. See {@link #addItemChanges} for why they are not locked here.
     */
    public List<ItemDifficulty> readItems(Map<String, Double> priorById) {
        return jdbc.call(c -> readItems(c, priorById));
    }

    /**
     * Adds what a batch changed to the stored calibrations: each item's difficulty moves by the batch's change
     * (after minus before) and its answer count grows by the answers it applied, whatever other batches committed
     * since {@code before} was read.
     *
     * <p>Batches of other lanes and other instances answer the same items at the same time. Locking the items when
     * the batch starts (as this service first did) made every batch wait for the whole transaction of any batch
     * holding one of its items, i.e. one batch at a time; here the rows are locked only for this last statement and
     * the commit. The price: a batch's Elo predictions use the difficulty as it was when the batch read it, not
     * counting the other batches committed meanwhile (a few milliseconds of answers).
     *
     * <p>Items are created (if new) and locked in item id order, which every writer follows, so two batches never
     * deadlock.
     */
    public void addItemChanges(List<ItemDifficulty> before, List<ItemDifficulty> after) {
        jdbc.run(c -> addItemChanges(c, before, after));
    }

    /**
     * Called first in an answer batch's transaction, before any learner state is read or written: waits while a page
     * of the post-refit replay is being written, and keeps the next page from starting until this batch commits.
     * Batches never wait for each other (the lock is shared among them).
     */
    public void lockStatesForBatch() {
        jdbc.run(c -> query(c, "select pg_advisory_xact_lock_shared(" + AdvisoryLocks.LEARNER_STATES + ")"));
    }

    /**
     * Called first in the transaction of a page of the post-refit replay: waits for the answer batches in flight to
     * commit, and keeps new ones waiting until the page commits (see {@link #lockStatesForBatch}).
     */
    public void lockStatesForReplay() {
        jdbc.run(c -> query(c, "select pg_advisory_xact_lock(" + AdvisoryLocks.LEARNER_STATES + ")"));
    }

    /**
     * Called first in the transaction that writes a placement's seeds (the only writer of learner states besides the
     * answer batches and the replay): like a replay page, it waits for the batches in flight and keeps new ones waiting
     * until it commits, so that no batch applies answers to states read before the seeds, and the seeds land at a
     * definite place among the learner's answers (see service/PlacementService).
     */
    public void lockStatesForSeeding() {
        jdbc.run(c -> query(c, "select pg_advisory_xact_lock(" + AdvisoryLocks.LEARNER_STATES + ")"));
    }

    /**
     * Sets the calibrated difficulty of these items (a refit's snapshot), keeping their answer counts: Elo goes on
     * from the numbers tracing uses. Items not stored yet are left to their first answer. Rows are locked in item id
     * order, as every writer of several of them does (see {@link #addItemChanges}), so this never deadlocks a batch.
     */
    public void resetDifficulties(Map<String, Double> difficultyById) {
        if (!difficultyById.isEmpty()) {
            jdbc.run(c -> resetDifficulties(c, difficultyById));
        }
    }

    /** Calibrated difficulties of the given items (those never answered are absent). */
    public Map<String, Double> difficulties(Collection<String> itemIds) {
        return jdbc.call(c -> difficulties(c, itemIds));
    }

    /**
     * One item's calibration as the model has learned it: from its answers if it has any, else at its author's prior
     * as received from the item bank. Empty for an item this service has neither received nor seen answered.
     */
    public Optional<ItemDifficulty> itemDifficulty(UUID itemId) {
        return jdbc.call(c -> itemDifficulty(c, itemId));
    }

    List<SkillMastery> load(Connection connection, String learnerId) throws SQLException {
        return load(connection, List.of(learnerId)).getOrDefault(learnerId, List.of());
    }

    Map<String, List<SkillMastery>> load(Connection connection, Collection<String> learnerIds)
            throws SQLException {
        Map<String, List<SkillMastery>> states = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select learner_id, skill_code, mastery, evidence, last_practiced_at, practice_count, correct_count,
                       memory_stability_days, memory_recall, memory_reviewed_at, memory_successes, memory_lapses,
                       blocked_log_ratio
                from mastery where learner_id = any(?) order by learner_id, skill_code""")) {
            statement.setArray(1, Sql.texts(connection, learnerIds));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Timestamp reviewedAt = rows.getTimestamp(10);
                    SkillMemory memory = reviewedAt == null ? null : new SkillMemory(rows.getDouble(8),
                            rows.getDouble(9), reviewedAt.toInstant(), rows.getInt(11), rows.getInt(12));
                    states.computeIfAbsent(rows.getString(1), l -> new ArrayList<>()).add(new SkillMastery(
                            rows.getString(2), rows.getDouble(3), rows.getDouble(4), Sql.instant(rows.getTimestamp(5)),
                            rows.getInt(6), rows.getInt(7), memory, rows.getDouble(13)));
                }
            }
        }
        return states;
    }

    void upsert(Connection connection, Map<String, List<SkillMastery>> changed) throws SQLException {
        List<String> learners = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        List<Double> masteries = new ArrayList<>();
        List<Double> evidence = new ArrayList<>();
        List<Long> practised = new ArrayList<>();
        List<Integer> practice = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        List<Double> stability = new ArrayList<>();
        List<Double> recall = new ArrayList<>();
        List<Long> reviewed = new ArrayList<>();
        List<Integer> successes = new ArrayList<>();
        List<Integer> lapses = new ArrayList<>();
        List<Double> blocked = new ArrayList<>();
        changed.forEach((learner, states) -> states.forEach(state -> {
            SkillMemory memory = state.memory();
            stability.add(memory == null ? null : memory.stabilityDays());
            recall.add(memory == null ? null : memory.recall());
            reviewed.add(memory == null ? null : Sql.micros(memory.reviewedAt()));
            successes.add(memory == null ? null : memory.successfulReviews());
            lapses.add(memory == null ? null : memory.lapses());
            learners.add(learner);
            skills.add(state.skillCode());
            masteries.add(state.mastery());
            evidence.add(state.evidence());
            // None for a skill a placement seeded without an answer to it.
            practised.add(state.lastPracticedAt() == null ? null : Sql.micros(state.lastPracticedAt()));
            practice.add(state.practiceCount());
            correct.add(state.correctCount());
            blocked.add(state.blockedLogRatio());
        }));
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into mastery (learner_id, skill_code, mastery, evidence, last_practiced_at, practice_count,
                                     correct_count, memory_stability_days, memory_recall, memory_reviewed_at,
                                     memory_successes, memory_lapses, blocked_log_ratio, updated_at)
                select l, s, m, e, timestamptz 'epoch' + t * interval '1 microsecond', p, c, ms, mr,
                       timestamptz 'epoch' + mt * interval '1 microsecond', mk, ml, b, now()
                from unnest(?::text[], ?::text[], ?::float8[], ?::float8[], ?::bigint[], ?::int[], ?::int[],
                            ?::float8[], ?::float8[], ?::bigint[], ?::int[], ?::int[], ?::float8[])
                    as x(l, s, m, e, t, p, c, ms, mr, mt, mk, ml, b)
                on conflict (learner_id, skill_code) do update set mastery = excluded.mastery,
                    evidence = excluded.evidence, last_practiced_at = excluded.last_practiced_at,
                    practice_count = excluded.practice_count, correct_count = excluded.correct_count,
                    memory_stability_days = excluded.memory_stability_days, memory_recall = excluded.memory_recall,
                    memory_reviewed_at = excluded.memory_reviewed_at, memory_successes = excluded.memory_successes,
                    memory_lapses = excluded.memory_lapses, blocked_log_ratio = excluded.blocked_log_ratio,
                    updated_at = excluded.updated_at""")) {
            statement.setArray(1, Sql.texts(connection, learners));
            statement.setArray(2, Sql.texts(connection, skills));
            statement.setArray(3, connection.createArrayOf("float8", masteries.toArray()));
            statement.setArray(4, connection.createArrayOf("float8", evidence.toArray()));
            statement.setArray(5, connection.createArrayOf("bigint", practised.toArray()));
            statement.setArray(6, connection.createArrayOf("int4", practice.toArray()));
            statement.setArray(7, connection.createArrayOf("int4", correct.toArray()));
            statement.setArray(8, connection.createArrayOf("float8", stability.toArray()));
            statement.setArray(9, connection.createArrayOf("float8", recall.toArray()));
            statement.setArray(10, connection.createArrayOf("bigint", reviewed.toArray()));
            statement.setArray(11, connection.createArrayOf("int4", successes.toArray()));
            statement.setArray(12, connection.createArrayOf("int4", lapses.toArray()));
            statement.setArray(13, connection.createArrayOf("float8", blocked.toArray()));
            statement.executeUpdate();
        }
    }

    List<ItemDifficulty> readItems(Connection connection, Map<String, Double> priorById) throws SQLException {
        Map<String, ItemDifficulty> items = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select item_id, prior_difficulty, difficulty, answer_count from item_calibration
                where item_id = any(?::uuid[])""")) {
            statement.setArray(1, Sql.texts(connection, priorById.keySet()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.put(rows.getString(1), new ItemDifficulty(rows.getString(1), rows.getDouble(2),
                            rows.getDouble(3), rows.getInt(4)));
                }
            }
        }
        List<ItemDifficulty> all = new ArrayList<>(priorById.size());
        priorById.forEach((id, prior) -> all.add(items.getOrDefault(id, ItemDifficulty.fromPrior(id, prior))));
        return all;
    }

    void addItemChanges(Connection connection, List<ItemDifficulty> before, List<ItemDifficulty> after)
            throws SQLException {
        Map<String, ItemDifficulty> start = new HashMap<>();
        before.forEach(item -> start.put(item.itemId(), item));
        List<ItemDifficulty> changed = new ArrayList<>(after);
        changed.sort(Comparator.comparing(ItemDifficulty::itemId));
        int n = changed.size();
        String[] ids = new String[n];
        Double[] priors = new Double[n];
        Double[] deltas = new Double[n];
        Integer[] counts = new Integer[n];
        for (int i = 0; i < n; i++) {
            ItemDifficulty item = changed.get(i);
            ItemDifficulty was = start.getOrDefault(item.itemId(),
                    ItemDifficulty.fromPrior(item.itemId(), item.priorDifficulty()));
            ids[i] = item.itemId();
            priors[i] = item.priorDifficulty();
            deltas[i] = item.difficulty() - was.difficulty();
            counts[i] = item.answerCount() - was.answerCount();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into item_calibration (item_id, prior_difficulty, difficulty, answer_count)
                select i::uuid, p, p, 0 from unnest(?::text[], ?::float8[]) with ordinality as x(i, p, n) order by n
                on conflict (item_id) do nothing""")) {
            statement.setArray(1, connection.createArrayOf("text", ids));
            statement.setArray(2, connection.createArrayOf("float8", priors));
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                select item_id from item_calibration where item_id = any(?::uuid[]) order by item_id for update""")) {
            statement.setArray(1, connection.createArrayOf("text", ids));
            statement.executeQuery().close();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                update item_calibration c set difficulty = c.difficulty + x.d, answer_count = c.answer_count + x.n
                from unnest(?::text[], ?::float8[], ?::int[]) as x(i, d, n)
                where c.item_id = x.i::uuid""")) {
            statement.setArray(1, connection.createArrayOf("text", ids));
            statement.setArray(2, connection.createArrayOf("float8", deltas));
            statement.setArray(3, connection.createArrayOf("int4", counts));
            statement.executeUpdate();
        }
    }

    void resetDifficulties(Connection connection, Map<String, Double> difficultyById) throws SQLException {
        List<String> ids = new ArrayList<>(difficultyById.keySet());
        Double[] difficulties = ids.stream().map(difficultyById::get).toArray(Double[]::new);
        try (PreparedStatement statement = connection.prepareStatement("""
                select item_id from item_calibration where item_id = any(?::uuid[]) order by item_id for update""")) {
            statement.setArray(1, Sql.texts(connection, ids));
            statement.executeQuery().close();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                update item_calibration c set difficulty = x.d
                from unnest(?::text[], ?::float8[]) as x(i, d)
                where c.item_id = x.i::uuid""")) {
            statement.setArray(1, Sql.texts(connection, ids));
            statement.setArray(2, connection.createArrayOf("float8", difficulties));
            statement.executeUpdate();
        }
    }

    private static void query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeQuery().close();
        }
    }

    Optional<ItemDifficulty> itemDifficulty(Connection connection, UUID itemId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select coalesce(c.prior_difficulty, i.prior_difficulty), coalesce(c.difficulty, i.prior_difficulty),
                       coalesce(c.answer_count, 0)
                from (select ?::uuid as id) x
                left join item_calibration c on c.item_id = x.id
                left join catalog_item i on i.id = x.id
                where c.item_id is not null or i.id is not null""")) {
            statement.setObject(1, itemId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new ItemDifficulty(itemId.toString(), rows.getDouble(1),
                        rows.getDouble(2), rows.getInt(3))) : Optional.empty();
            }
        }
    }

    Map<String, Double> difficulties(Connection connection, Collection<String> itemIds) throws SQLException {
        Map<String, Double> difficulties = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select item_id, difficulty from item_calibration where item_id = any(?::uuid[])")) {
            statement.setArray(1, Sql.texts(connection, itemIds));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    difficulties.put(rows.getString(1), rows.getDouble(2));
                }
            }
        }
        return difficulties;
    }
}
