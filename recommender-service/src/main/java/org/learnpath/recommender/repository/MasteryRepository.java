package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learnpath.learner.ItemDifficulty;
import org.learnpath.learner.SkillMastery;

/** Per learner and skill the BKT state, and per item its calibrated difficulty. */
@ApplicationScoped
public class MasteryRepository {

    public List<SkillMastery> load(Connection connection, String learnerId) throws SQLException {
        return load(connection, List.of(learnerId)).getOrDefault(learnerId, List.of());
    }

    public Map<String, List<SkillMastery>> load(Connection connection, Collection<String> learnerIds)
            throws SQLException {
        Map<String, List<SkillMastery>> states = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select learner_id, skill_code, mastery, last_practiced_at, practice_count, correct_count
                from mastery where learner_id = any(?) order by learner_id, skill_code""")) {
            statement.setArray(1, Sql.texts(connection, learnerIds));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    states.computeIfAbsent(rows.getString(1), l -> new ArrayList<>()).add(new SkillMastery(
                            rows.getString(2), rows.getDouble(3), rows.getTimestamp(4).toInstant(), rows.getInt(5),
                            rows.getInt(6)));
                }
            }
        }
        return states;
    }

    /** Writes the changed states of each learner, in one statement. */
    public void upsert(Connection connection, Map<String, List<SkillMastery>> changed) throws SQLException {
        List<String> learners = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        List<Double> masteries = new ArrayList<>();
        List<Long> practised = new ArrayList<>();
        List<Integer> practice = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        changed.forEach((learner, states) -> states.forEach(state -> {
            learners.add(learner);
            skills.add(state.skillCode());
            masteries.add(state.mastery());
            practised.add(Sql.micros(state.lastPracticedAt()));
            practice.add(state.practiceCount());
            correct.add(state.correctCount());
        }));
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into mastery (learner_id, skill_code, mastery, last_practiced_at, practice_count, correct_count,
                                     updated_at)
                select l, s, m, timestamptz 'epoch' + t * interval '1 microsecond', p, c, now()
                from unnest(?::text[], ?::text[], ?::float8[], ?::bigint[], ?::int[], ?::int[]) as x(l, s, m, t, p, c)
                on conflict (learner_id, skill_code) do update set mastery = excluded.mastery,
                    last_practiced_at = excluded.last_practiced_at, practice_count = excluded.practice_count,
                    correct_count = excluded.correct_count, updated_at = excluded.updated_at""")) {
            statement.setArray(1, Sql.texts(connection, learners));
            statement.setArray(2, Sql.texts(connection, skills));
            statement.setArray(3, connection.createArrayOf("float8", masteries.toArray()));
            statement.setArray(4, connection.createArrayOf("bigint", practised.toArray()));
            statement.setArray(5, connection.createArrayOf("int4", practice.toArray()));
            statement.setArray(6, connection.createArrayOf("int4", correct.toArray()));
            statement.executeUpdate();
        }
    }

    /**
     * Creates the calibrations of items never answered (at their prior), then locks and loads all of them, in id
     * order so that concurrent batches of other partitions (other instances) wait for each other instead of
     * deadlocking or losing an update.
     */
    public List<ItemDifficulty> lockItems(Connection connection, Map<String, Double> priorById) throws SQLException {
        List<String> ids = new ArrayList<>(priorById.keySet());
        ids.sort(null);
        Double[] priors = ids.stream().map(priorById::get).toArray(Double[]::new);
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into item_calibration (item_id, prior_difficulty, difficulty, answer_count)
                select i::uuid, p, p, 0 from unnest(?::text[], ?::float8[]) as x(i, p) order by i
                on conflict (item_id) do nothing""")) {
            statement.setArray(1, Sql.texts(connection, ids));
            statement.setArray(2, connection.createArrayOf("float8", priors));
            statement.executeUpdate();
        }
        List<ItemDifficulty> items = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select item_id, prior_difficulty, difficulty, answer_count from item_calibration
                where item_id = any(?::uuid[]) order by item_id for update""")) {
            statement.setArray(1, Sql.texts(connection, ids));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(new ItemDifficulty(rows.getString(1), rows.getDouble(2), rows.getDouble(3),
                            rows.getInt(4)));
                }
            }
        }
        return items;
    }

    /** Writes the new calibrations of items locked by {@link #lockItems}. */
    public void updateItems(Connection connection, List<ItemDifficulty> items) throws SQLException {
        int n = items.size();
        String[] ids = new String[n];
        Double[] priors = new Double[n];
        Double[] difficulties = new Double[n];
        Integer[] counts = new Integer[n];
        for (int i = 0; i < n; i++) {
            ItemDifficulty item = items.get(i);
            ids[i] = item.itemId();
            priors[i] = item.priorDifficulty();
            difficulties[i] = item.difficulty();
            counts[i] = item.answerCount();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                update item_calibration c set difficulty = x.d, answer_count = x.n
                from unnest(?::text[], ?::float8[], ?::float8[], ?::int[]) as x(i, p, d, n)
                where c.item_id = x.i::uuid""")) {
            statement.setArray(1, connection.createArrayOf("text", ids));
            statement.setArray(2, connection.createArrayOf("float8", priors));
            statement.setArray(3, connection.createArrayOf("float8", difficulties));
            statement.setArray(4, connection.createArrayOf("int4", counts));
            statement.executeUpdate();
        }
    }

    /** Calibrated difficulties of the given items (those never answered are absent). */
    public Map<String, Double> difficulties(Connection connection, Collection<String> itemIds) throws SQLException {
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
