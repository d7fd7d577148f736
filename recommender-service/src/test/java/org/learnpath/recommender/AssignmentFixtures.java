package org.learnpath.recommender;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.learnpath.testinfra.PostgresResource;

/**
 * Teams and learners' organizations written straight into the tables, as the teams API and the learners' first
 * requests store them: the assignment tests are about assignments, not about how teams are kept.
 */
public final class AssignmentFixtures {

    private AssignmentFixtures() {
    }

    /** A team of {@code organization}; its members are recorded in that organization. */
    public static UUID team(String organization, String name, List<String> members, List<String> managers) {
        UUID id = UUID.randomUUID();
        try (Connection c = PostgresResource.connect()) {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into team (id, organization, name) values (?, ?, ?)")) {
                s.setObject(1, id);
                s.setString(2, organization);
                s.setString(3, name);
                s.executeUpdate();
            }
            for (String member : members) {
                recordLearner(c, member, organization);
                insert(c, "insert into team_member (team_id, learner_id) values (?, ?)", id, member);
            }
            for (String manager : managers) {
                insert(c, "insert into team_manager (team_id, manager_id) values (?, ?)", id, manager);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** Adds a member to the team, recorded in the team's organization. */
    public static void addMember(UUID team, String organization, String learner) {
        try (Connection c = PostgresResource.connect()) {
            recordLearner(c, learner, organization);
            insert(c, "insert into team_member (team_id, learner_id) values (?, ?)", team, learner);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records the learner in {@code organization} unless they are recorded already. */
    public static void recordLearner(String learner, String organization) {
        try (Connection c = PostgresResource.connect()) {
            recordLearner(c, learner, organization);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void recordLearner(Connection c, String learner, String organization) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into learner_organization (learner_id, organization)"
                + " values (?, ?) on conflict do nothing")) {
            s.setString(1, learner);
            s.setString(2, organization);
            s.executeUpdate();
        }
    }

    private static void insert(Connection c, String sql, UUID team, String subject) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, team);
            s.setString(2, subject);
            s.executeUpdate();
        }
    }
}
