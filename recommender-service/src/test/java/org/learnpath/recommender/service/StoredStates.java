package org.learnpath.recommender.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.LearnerModel;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.SkillMastery;
import org.learnpath.learner.SkillMemory;
import org.learnpath.testinfra.PostgresResource;

/** Reads of the stored answers and learner states, and what a fresh replay of the answers gives. */
final class StoredStates {

    private StoredStates() {
    }

    /** The learner's stored answers, in application order (partition, offset). */
    static List<AnswerObservation> answers(String learner) {
        return query("where learner_id = ?", learner);
    }

    /** Every stored answer measuring one of {@code skills}. */
    static List<AnswerObservation> answersOfSkills(List<String> skills) {
        return query("where skill_codes && ?::text[]", skills.toArray(String[]::new));
    }

    /** The learner's stored skill states, by skill code. */
    static Map<String, SkillMastery> stored(String learner) {
        Map<String, SkillMastery> states = new TreeMap<>();
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement("""
                select skill_code, mastery, evidence, last_practiced_at, practice_count, correct_count,
                       memory_stability_days, memory_recall, memory_reviewed_at, memory_successes, memory_lapses,
                       blocked_log_ratio
                from mastery where learner_id = ?""")) {
            s.setString(1, learner);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    java.sql.Timestamp reviewed = rows.getTimestamp(9);
                    SkillMemory memory = reviewed == null ? null : new SkillMemory(rows.getDouble(7),
                            rows.getDouble(8), reviewed.toInstant(), rows.getInt(10), rows.getInt(11));
                    states.put(rows.getString(1), new SkillMastery(rows.getString(1), rows.getDouble(2),
                            rows.getDouble(3), rows.getTimestamp(4).toInstant(), rows.getInt(5), rows.getInt(6),
                            memory, rows.getDouble(12)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return states;
    }

    /** The learner's states as a fresh model gives them from their stored answers under {@code config}. */
    static Map<String, SkillMastery> replayed(ModelConfig config, String learner) {
        LearnerModel model = new LearnerModel(config.withDedupeWindow(0));
        answers(learner).forEach(model::apply);
        return new TreeMap<>(model.skillStates(learner));
    }

    private static List<AnswerObservation> query(String where, Object parameter) {
        List<AnswerObservation> answers = new ArrayList<>();
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement("""
                select event_id, learner_id, item_id, skill_codes, correct, answered_at, prior_difficulty,
                       attempt_number, guess_floor
                from answer\s""" + where + " order by learner_id, source_partition, source_offset")) {
            if (parameter instanceof String[] array) {
                s.setArray(1, c.createArrayOf("text", array));
            } else {
                s.setObject(1, parameter);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    answers.add(new AnswerObservation(rows.getString(1), rows.getString(2), rows.getString(3),
                            Arrays.asList((String[]) rows.getArray(4).getArray()), rows.getBoolean(5),
                            rows.getTimestamp(6).toInstant(), rows.getDouble(7), rows.getInt(8), rows.getDouble(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return answers;
    }
}
