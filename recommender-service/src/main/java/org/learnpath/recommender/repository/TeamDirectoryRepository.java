package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learnpath.recommender.model.TeamRef;

/**
 * The read-only questions other features ask about teams: who is in a team, who manages it, which teams a learner or
 * a manager belongs to. Each is one indexed statement.
 */
@ApplicationScoped
public class TeamDirectoryRepository {

    private final Jdbc jdbc;

    public TeamDirectoryRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // On the connection of the calling transaction, if there is one (see Jdbc).

    public Optional<TeamRef> find(String organization, UUID teamId) {
        return jdbc.call(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "select id, organization, team_key, name, version from team where id = ? and organization = ?")) {
                statement.setObject(1, teamId);
                statement.setString(2, organization);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(ref(rows)) : Optional.<TeamRef>empty();
                }
            }
        });
    }

    /** The team's members in learner id order. */
    public List<String> members(UUID teamId) {
        return jdbc.call(c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement(
                    "select learner_id from team_member where team_id = ? order by learner_id")) {
                statement.setObject(1, teamId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
            return found;
        });
    }

    public boolean manages(String managerId, UUID teamId) {
        return jdbc.call(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "select 1 from team_manager where team_id = ? and manager_id = ?")) {
                statement.setObject(1, teamId);
                statement.setString(2, managerId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    public Set<UUID> teamsManagedBy(String managerId) {
        return jdbc.call(c -> uuids(c, "select team_id from team_manager where manager_id = ? order by team_id",
                managerId));
    }

    public Set<UUID> teamsOf(String learnerId) {
        return jdbc.call(c -> uuids(c, "select team_id from team_member where learner_id = ? order by team_id",
                learnerId));
    }

    /**
     * Whether the learner is a member of a team the manager manages within {@code organization} (the team's
     * organization is checked too, so that a manager's id reaches nothing of another organization even if it were
     * recorded as a manager there).
     */
    public boolean isMemberOfTeamManagedBy(String learnerId, String managerId, String organization) {
        return jdbc.call(c -> {
            try (PreparedStatement statement = c.prepareStatement("""
                    select 1 from team_member m
                    join team_manager g on g.team_id = m.team_id
                    join team t on t.id = m.team_id
                    where m.learner_id = ? and g.manager_id = ? and (?::text is null or t.organization = ?)
                    limit 1""")) {
                statement.setString(1, learnerId);
                statement.setString(2, managerId);
                statement.setString(3, organization);
                statement.setString(4, organization);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /**
     * The names the HR system gave these learners in the teams of {@code organization} (one of them when teams
     * disagree); learners without one are absent.
     */
    public Map<String, String> displayNames(String organization, Collection<String> learnerIds) {
        return jdbc.call(c -> {
            Map<String, String> names = new HashMap<>();
            try (PreparedStatement statement = c.prepareStatement("""
                    select m.learner_id, min(m.display_name) from team_member m join team t on t.id = m.team_id
                    where t.organization = ? and m.learner_id = any(?::text[]) and m.display_name is not null
                    group by m.learner_id""")) {
                statement.setString(1, organization);
                statement.setArray(2, Sql.texts(c, learnerIds));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        names.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return names;
        });
    }

    static TeamRef ref(ResultSet rows) throws SQLException {
        return new TeamRef(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getLong(5));
    }

    private static Set<UUID> uuids(Connection connection, String sql, String parameter) throws SQLException {
        Set<UUID> found = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }
}
