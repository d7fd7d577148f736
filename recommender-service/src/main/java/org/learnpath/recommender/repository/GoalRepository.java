package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.learnpath.recommender.model.LearnerGoal;

/** The goal each learner chose, and the digest of the path last announced for it. */
@ApplicationScoped
public class GoalRepository {

    private final Jdbc jdbc;

    public GoalRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // On the connection of the calling transaction, if there is one (see Jdbc).

    public Optional<LearnerGoal> find(String learnerId) {
        return jdbc.call(c -> find(c, learnerId));
    }

    public Map<String, LearnerGoal> find(Collection<String> learnerIds) {
        return jdbc.call(c -> find(c, learnerIds));
    }

    /**
     * The goals of these learners, their rows locked until the transaction ends: whoever announces a learner's path
     * (answers, the catalog sweep) holds this lock while reading the state it plans from, so the last announcement
     * is always computed from the latest state. Locked in learner id order, which every locker follows.
     */
    public Map<String, LearnerGoal> lock(Collection<String> learnerIds) {
        return jdbc.call(c -> lock(c, learnerIds));
    }

    /** The next {@code limit} goals after {@code afterLearnerId} in learner id order, locked as in {@link #lock}. */
    public Map<String, LearnerGoal> lockPage(String afterLearnerId, int limit) {
        return jdbc.call(c -> lockPage(c, afterLearnerId, limit));
    }

    /** Sets (or replaces) the learner's goal; the path digest is reset since the path is a new one. */
    public void choose(String learnerId, String goalSlug, Instant at) {
        jdbc.run(c -> choose(c, learnerId, goalSlug, at));
    }

    public void pathAnnounced(String learnerId, String signature, Instant at) {
        jdbc.run(c -> pathAnnounced(c, learnerId, signature, at));
    }

    /** Records, in one statement, the digests of the paths just announced (learner id to digest). */
    public void pathsAnnounced(Map<String, String> signatures, Instant at) {
        jdbc.run(c -> pathsAnnounced(c, signatures, at));
    }

    Optional<LearnerGoal> find(Connection connection, String learnerId) throws SQLException {
        return Optional.ofNullable(find(connection, java.util.List.of(learnerId)).get(learnerId));
    }

    Map<String, LearnerGoal> find(Connection connection, Collection<String> learnerIds) throws SQLException {
        return query(connection, SELECT + " where g.learner_id = any(?)",
                statement -> statement.setArray(1, Sql.texts(connection, learnerIds)));
    }

    Map<String, LearnerGoal> lock(Connection connection, Collection<String> learnerIds) throws SQLException {
        return query(connection, SELECT + " where g.learner_id = any(?) order by g.learner_id for update of g",
                statement -> statement.setArray(1, Sql.texts(connection, learnerIds)));
    }

    Map<String, LearnerGoal> lockPage(Connection connection, String afterLearnerId, int limit)
            throws SQLException {
        return query(connection, SELECT + " where g.learner_id > ? order by g.learner_id limit ? for update of g",
                statement -> {
                    statement.setString(1, afterLearnerId);
                    statement.setInt(2, limit);
                });
    }

    /**
     * A goal with its learner's organization: read in the statement that reads the goal, since whoever reads a goal
     * to announce its path must name the organization in the event.
     */
    private static final String SELECT = """
            select g.learner_id, g.goal_slug, g.chosen_at, g.path_signature, o.organization
            from learner_goal g left join learner_organization o on o.learner_id = g.learner_id""";

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static Map<String, LearnerGoal> query(Connection connection, String sql, Binder binder)
            throws SQLException {
        Map<String, LearnerGoal> goals = new java.util.LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    goals.put(rows.getString(1), new LearnerGoal(rows.getString(1), rows.getString(2),
                            rows.getTimestamp(3).toInstant(), rows.getString(4), rows.getString(5)));
                }
            }
        }
        return goals;
    }

    void choose(Connection connection, String learnerId, String goalSlug, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into learner_goal (learner_id, goal_slug, chosen_at) values (?, ?, ?)
                on conflict (learner_id) do update set goal_slug = excluded.goal_slug, chosen_at = excluded.chosen_at,
                    path_signature = null, path_updated_at = null""")) {
            statement.setString(1, learnerId);
            statement.setString(2, goalSlug);
            statement.setTimestamp(3, Timestamp.from(at));
            statement.executeUpdate();
        }
    }

    void pathAnnounced(Connection connection, String learnerId, String signature, Instant at)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update learner_goal set path_signature = ?, path_updated_at = ? where learner_id = ?")) {
            statement.setString(1, signature);
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setString(3, learnerId);
            statement.executeUpdate();
        }
    }

    void pathsAnnounced(Connection connection, Map<String, String> signatures, Instant at) throws SQLException {
        if (signatures.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                update learner_goal g set path_signature = x.s, path_updated_at = ?
                from unnest(?::text[], ?::text[]) as x(l, s) where g.learner_id = x.l""")) {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setArray(2, Sql.texts(connection, signatures.keySet()));
            statement.setArray(3, Sql.texts(connection, signatures.values()));
            statement.executeUpdate();
        }
    }
}
