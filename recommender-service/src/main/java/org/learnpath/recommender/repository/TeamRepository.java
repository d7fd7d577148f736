package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learnpath.recommender.model.Team;
import org.learnpath.recommender.model.TeamDraft;
import org.learnpath.recommender.model.TeamMember;
import org.learnpath.recommender.model.TeamSummary;
import org.learnpath.rest.Slice;

/**
 * Teams with their members and managers. Every write of an organization's teams runs in a transaction that holds the
 * organization's team lock ({@link #lockOrganization}), so writes never interleave: what a write reads (which keys
 * exist, a team's version) is still true when it writes. Each method costs a fixed number of statements, however
 * many teams or members it handles.
 */
@ApplicationScoped
public class TeamRepository {

    private final Jdbc jdbc;

    public TeamRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // On the connection of the calling transaction, if there is one (see Jdbc).

    /**
     * Waits for, then holds until the transaction ends, the lock on the organization's teams. A lock per organization
     * rather than row locks: an upsert must also exclude teams that do not exist yet (two concurrent syncs creating
     * the same key), and team writes are rare enough (an HR sync, an administrator) to take turns.
     */
    public void lockOrganization(String organization) {
        jdbc.run(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "select pg_advisory_xact_lock(" + AdvisoryLocks.TEAMS + ", hashtext(?))")) {
                statement.setString(1, organization);
                statement.executeQuery().close();
            }
        });
    }

    /**
     * One page of the organization's teams by name; with {@code managerId}, only the teams they manage.
     */
    public Slice<TeamSummary> page(String organization, String managerId, int page, int size) {
        return jdbc.call(c -> {
            String where = " from team t where t.organization = ? and (?::text is null or exists ("
                    + "select 1 from team_manager g where g.team_id = t.id and g.manager_id = ?))";
            long total;
            try (PreparedStatement statement = c.prepareStatement("select count(*)" + where)) {
                bindScope(statement, organization, managerId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<TeamSummary> items = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement("""
                    select t.id, t.team_key, t.name, t.version, t.updated_at,
                        (select count(*) from team_member m where m.team_id = t.id),
                        array(select g.manager_id from team_manager g where g.team_id = t.id order by g.manager_id)
                    """ + where + " order by t.name, t.id limit ? offset ?")) {
                bindScope(statement, organization, managerId);
                statement.setInt(4, size);
                statement.setLong(5, (long) page * size);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        items.add(new TeamSummary(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                                rows.getInt(6), Sql.texts(rows.getArray(7)), rows.getLong(4),
                                Sql.instant(rows.getTimestamp(5))));
                    }
                }
            }
            return new Slice<>(items, total);
        });
    }

    /** The team with its members and managers, if it exists in {@code organization}. */
    public Optional<Team> find(String organization, UUID id) {
        return jdbc.call(c -> Optional.ofNullable(load(c, organization, "t.id = any(?)",
                c.createArrayOf("uuid", new UUID[] {id})).get(id)));
    }

    /** The organization's teams with these keys, by key. */
    public Map<String, Team> findByKeys(String organization, Collection<String> keys) {
        return jdbc.call(c -> {
            Map<String, Team> byKey = new HashMap<>();
            load(c, organization, "t.team_key = any(?)", Sql.texts(c, keys)).values()
                    .forEach(team -> byKey.put(team.key(), team));
            return byKey;
        });
    }

    /**
     * Adds these teams (by their new ids) at version 1. A key taken meanwhile would fail the statement (the
     * organization's lock keeps that from happening).
     */
    public void create(String organization, Map<UUID, TeamDraft> teams) {
        if (teams.isEmpty()) {
            return;
        }
        jdbc.run(c -> {
            List<UUID> ids = new ArrayList<>(teams.keySet());
            try (PreparedStatement statement = c.prepareStatement("""
                    insert into team (id, organization, team_key, name)
                    select x.id, ?, x.k, x.n from unnest(?::uuid[], ?::text[], ?::text[]) as x(id, k, n)""")) {
                statement.setString(1, organization);
                statement.setArray(2, c.createArrayOf("uuid", ids.toArray(UUID[]::new)));
                statement.setArray(3, Sql.texts(c, ids.stream().map(id -> teams.get(id).key()).toList()));
                statement.setArray(4, Sql.texts(c, ids.stream().map(id -> teams.get(id).name()).toList()));
                statement.executeUpdate();
            }
            insertMembersAndManagers(c, teams);
        });
    }

    /** Replaces these teams' key, name, members and managers, each at its version plus one. */
    public void replace(Map<UUID, TeamDraft> teams) {
        if (teams.isEmpty()) {
            return;
        }
        jdbc.run(c -> {
            List<UUID> ids = new ArrayList<>(teams.keySet());
            Array idArray = c.createArrayOf("uuid", ids.toArray(UUID[]::new));
            try (PreparedStatement statement = c.prepareStatement("""
                    update team t set team_key = x.k, name = x.n, version = t.version + 1, updated_at = now()
                    from unnest(?::uuid[], ?::text[], ?::text[]) as x(id, k, n) where t.id = x.id""")) {
                statement.setArray(1, idArray);
                statement.setArray(2, Sql.texts(c, ids.stream().map(id -> teams.get(id).key()).toList()));
                statement.setArray(3, Sql.texts(c, ids.stream().map(id -> teams.get(id).name()).toList()));
                statement.executeUpdate();
            }
            for (String table : List.of("team_member", "team_manager")) {
                try (PreparedStatement statement = c.prepareStatement(
                        "delete from " + table + " where team_id = any(?::uuid[])")) {
                    statement.setArray(1, idArray);
                    statement.executeUpdate();
                }
            }
            insertMembersAndManagers(c, teams);
        });
    }

    /** Deletes the team (its memberships and managers with it); whether it existed in {@code organization}. */
    public boolean delete(String organization, UUID id) {
        return jdbc.call(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "delete from team where id = ? and organization = ?")) {
                statement.setObject(1, id);
                statement.setString(2, organization);
                return statement.executeUpdate() == 1;
            }
        });
    }

    private static void bindScope(PreparedStatement statement, String organization, String managerId)
            throws SQLException {
        statement.setString(1, organization);
        statement.setString(2, managerId);
        statement.setString(3, managerId);
    }

    private static void insertMembersAndManagers(Connection c, Map<UUID, TeamDraft> teams) throws SQLException {
        List<UUID> memberTeams = new ArrayList<>();
        List<String> learners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<UUID> managerTeams = new ArrayList<>();
        List<String> managers = new ArrayList<>();
        teams.forEach((id, draft) -> {
            for (TeamMember member : draft.members()) {
                memberTeams.add(id);
                learners.add(member.learnerId());
                names.add(member.displayName());
            }
            for (String manager : draft.managers()) {
                managerTeams.add(id);
                managers.add(manager);
            }
        });
        if (!memberTeams.isEmpty()) {
            try (PreparedStatement statement = c.prepareStatement("""
                    insert into team_member (team_id, learner_id, display_name)
                    select * from unnest(?::uuid[], ?::text[], ?::text[])""")) {
                statement.setArray(1, c.createArrayOf("uuid", memberTeams.toArray(UUID[]::new)));
                statement.setArray(2, Sql.texts(c, learners));
                statement.setArray(3, Sql.texts(c, names));
                statement.executeUpdate();
            }
        }
        if (!managerTeams.isEmpty()) {
            try (PreparedStatement statement = c.prepareStatement("""
                    insert into team_manager (team_id, manager_id)
                    select * from unnest(?::uuid[], ?::text[])""")) {
                statement.setArray(1, c.createArrayOf("uuid", managerTeams.toArray(UUID[]::new)));
                statement.setArray(2, Sql.texts(c, managers));
                statement.executeUpdate();
            }
        }
    }

    /** The organization's teams matching {@code condition} (one array parameter), with members and managers. */
    private static Map<UUID, Team> load(Connection c, String organization, String condition, Array values)
            throws SQLException {
        Map<UUID, Row> rowsById = new LinkedHashMap<>();
        try (PreparedStatement statement = c.prepareStatement(
                "select t.id, t.team_key, t.name, t.version, t.created_at, t.updated_at from team t"
                        + " where t.organization = ? and " + condition)) {
            statement.setString(1, organization);
            statement.setArray(2, values);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rowsById.put(rows.getObject(1, UUID.class), new Row(rows.getString(2), rows.getString(3),
                            rows.getLong(4), Sql.instant(rows.getTimestamp(5)), Sql.instant(rows.getTimestamp(6))));
                }
            }
        }
        if (rowsById.isEmpty()) {
            return Map.of();
        }
        Array ids = c.createArrayOf("uuid", rowsById.keySet().toArray(UUID[]::new));
        Map<UUID, List<TeamMember>> members = new HashMap<>();
        try (PreparedStatement statement = c.prepareStatement("select team_id, learner_id, display_name"
                + " from team_member where team_id = any(?::uuid[]) order by team_id, learner_id")) {
            statement.setArray(1, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    members.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new TeamMember(rows.getString(2), rows.getString(3)));
                }
            }
        }
        Map<UUID, List<String>> managers = new HashMap<>();
        try (PreparedStatement statement = c.prepareStatement("select team_id, manager_id"
                + " from team_manager where team_id = any(?::uuid[]) order by team_id, manager_id")) {
            statement.setArray(1, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    managers.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        }
        Map<UUID, Team> teams = new LinkedHashMap<>();
        rowsById.forEach((id, row) -> teams.put(id, new Team(id, organization, row.key(), row.name(),
                members.getOrDefault(id, List.of()), managers.getOrDefault(id, List.of()), row.version(),
                row.createdAt(), row.updatedAt())));
        return teams;
    }

    private record Row(String key, String name, long version, Instant createdAt, Instant updatedAt) {
    }
}
