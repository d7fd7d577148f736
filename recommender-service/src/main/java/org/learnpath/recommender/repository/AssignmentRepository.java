package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learnpath.recommender.model.Assignment;
import org.learnpath.recommender.model.AssignmentCaller;
import org.learnpath.recommender.model.AssignmentCompletion;
import org.learnpath.recommender.model.AssignmentLearner;
import org.learnpath.recommender.model.AssignmentOfLearner;
import org.learnpath.recommender.model.AssignmentPair;
import org.learnpath.rest.Slice;

/**
 * Assignments, their named learners and their completions. An assignment's learners are its team's members as they
 * are now and its named learners; every statement below computes them the same way.
 */
@ApplicationScoped
public class AssignmentRepository {

    /**
     * Learners are locked in this many buckets (see {@link #lockLearners}): a shared bucket only makes one writer wait
     * for the other, and assigning a team of thousands takes at most this many of PostgreSQL's lock slots (its lock
     * table holds max_locks_per_transaction, 64, per connection).
     */
    private static final int LOCK_BUCKETS = 256;

    private final Jdbc jdbc;

    public AssignmentRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // On the connection of the calling transaction, if there is one (see Jdbc).

    public void insert(Assignment assignment) {
        jdbc.run(c -> {
            try (PreparedStatement statement = c.prepareStatement("""
                    insert into assignment (id, organization, goal_slug, team_id, due_date, created_by, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                statement.setObject(1, assignment.id());
                statement.setString(2, assignment.organization());
                statement.setString(3, assignment.goalSlug());
                statement.setObject(4, assignment.teamId());
                statement.setObject(5, assignment.dueDate());
                statement.setString(6, assignment.createdBy());
                statement.setTimestamp(7, Timestamp.from(assignment.createdAt()));
                statement.executeUpdate();
            }
            if (!assignment.learnerIds().isEmpty()) {
                try (PreparedStatement statement = c.prepareStatement("""
                        insert into assignment_learner (assignment_id, learner_id)
                        select ?, l from unnest(?::text[]) as l on conflict do nothing""")) {
                    statement.setObject(1, assignment.id());
                    statement.setArray(2, Sql.texts(c, assignment.learnerIds()));
                    statement.executeUpdate();
                }
            }
        });
    }

    /** The assignment if the caller may see it (of their organization; for a manager, also theirs). */
    public Optional<Assignment> find(AssignmentCaller caller, UUID id) {
        return jdbc.call(c -> {
            List<Assignment> found = query(c, SELECT + " where a.id = ? and " + VISIBLE, statement -> {
                statement.setObject(1, id);
                bindVisible(statement, 2, caller);
            });
            return found.stream().findFirst();
        });
    }

    /** The caller's assignments, newest first. */
    public Slice<Assignment> page(AssignmentCaller caller, int page, int size) {
        return jdbc.call(c -> {
            long total;
            try (PreparedStatement statement = c.prepareStatement(
                    "select count(*) from assignment a where " + VISIBLE)) {
                bindVisible(statement, 1, caller);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Assignment> items = query(c, SELECT + " where " + VISIBLE
                    + " order by a.created_at desc, a.id limit ? offset ?", statement -> {
                        int next = bindVisible(statement, 1, caller);
                        statement.setInt(next, size);
                        statement.setLong(next + 1, (long) page * size);
                    });
            return new Slice<>(items, total);
        });
    }

    /** Deletes the assignment if the caller may see it; its named learners and completions go with it. */
    public boolean delete(AssignmentCaller caller, UUID id) {
        return jdbc.call(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "delete from assignment a where a.id = ? and " + VISIBLE)) {
                statement.setObject(1, id);
                bindVisible(statement, 2, caller);
                return statement.executeUpdate() > 0;
            }
        });
    }

    /** The assignment's learners now (its team's members and its named learners), in id order, with completions. */
    public List<AssignmentLearner> learners(UUID assignmentId) {
        return jdbc.call(c -> {
            List<AssignmentLearner> learners = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement("""
                    select x.learner_id, c.completed_at
                    from (select m.learner_id from assignment a join team_member m on m.team_id = a.team_id
                          where a.id = ?
                          union
                          select l.learner_id from assignment_learner l where l.assignment_id = ?) x
                    left join assignment_completion c on c.assignment_id = ? and c.learner_id = x.learner_id
                    order by x.learner_id""")) {
                statement.setObject(1, assignmentId);
                statement.setObject(2, assignmentId);
                statement.setObject(3, assignmentId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        learners.add(new AssignmentLearner(rows.getString(1), Sql.instant(rows.getTimestamp(2))));
                    }
                }
            }
            return learners;
        });
    }

    /** Those of {@code learnerIds} recorded in {@code organization}. */
    public Set<String> inOrganization(String organization, Collection<String> learnerIds) {
        return jdbc.call(c -> strings(c, """
                select learner_id from learner_organization where learner_id = any(?) and organization = ?""",
                learnerIds, organization, null));
    }

    /** Those of {@code learnerIds} who are members of a team of {@code organization} that the manager manages. */
    public Set<String> membersManagedBy(String managerId, String organization, Collection<String> learnerIds) {
        return jdbc.call(c -> strings(c, """
                select distinct m.learner_id from team_member m
                join team_manager g on g.team_id = m.team_id
                join team t on t.id = m.team_id
                where m.learner_id = any(?) and t.organization = ? and g.manager_id = ?""",
                learnerIds, organization, managerId));
    }

    /**
     * The learners' assignments they have not completed yet, each with its organization and goal; only learners
     * recorded in the assignment's organization count. The assignments are share-locked (FOR KEY SHARE) until the
     * transaction ends, so that one deleted meanwhile either waits for the completion recorded here or is not
     * returned: a completion is never inserted for an assignment that a committed delete removed.
     */
    public List<AssignmentPair> open(Collection<String> learnerIds) {
        return jdbc.call(c -> {
            List<AssignmentPair> open = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement("""
                    with targets as (
                        select m.learner_id, a.id as assignment_id
                        from team_member m join assignment a on a.team_id = m.team_id
                        where m.learner_id = any(?)
                        union
                        select l.learner_id, l.assignment_id from assignment_learner l where l.learner_id = any(?))
                    select t.learner_id, a.id, a.organization, a.goal_slug
                    from targets t
                    join assignment a on a.id = t.assignment_id
                    join learner_organization o on o.learner_id = t.learner_id and o.organization = a.organization
                    where not exists (select 1 from assignment_completion c
                                      where c.assignment_id = a.id and c.learner_id = t.learner_id)
                    order by a.id, t.learner_id
                    for key share of a""")) {
                statement.setArray(1, Sql.texts(c, learnerIds));
                statement.setArray(2, Sql.texts(c, learnerIds));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        open.add(new AssignmentPair(rows.getObject(2, UUID.class), rows.getString(1),
                                rows.getString(3), rows.getString(4)));
                    }
                }
            }
            return open;
        });
    }

    /**
     * Takes, until the transaction ends, the locks that order two writers deciding about the completions of the
     * same learners: an answer batch that found a goal mastered, and an assignment being created (or a member
     * joining) that reads their mastery. Without it each could miss the other's uncommitted write (the batch the
     * new assignment, the creation the new mastery) and the completion would be recorded by neither. The locks are
     * per bucket of learners, taken in bucket order (never a deadlock between two takers) and only ever in one
     * statement before the taker's other locks on completions; call the next reads after this statement, as they
     * must see what the holder before committed.
     */
    public void lockLearners(Collection<String> learnerIds) {
        if (learnerIds.isEmpty()) {
            return;
        }
        jdbc.run(c -> {
            try (PreparedStatement statement = c.prepareStatement("select pg_advisory_xact_lock("
                    + AdvisoryLocks.ASSIGNMENT_LEARNERS + ", b) from (select distinct hashtext(l) & ? as b"
                    + " from unnest(?::text[]) as l order by b) as buckets")) {
                statement.setInt(1, LOCK_BUCKETS - 1);
                statement.setArray(2, Sql.texts(c, learnerIds));
                statement.executeQuery().close();
            }
        });
    }

    /**
     * Records the completions not recorded yet (one statement) and returns those it recorded: a pair completed by
     * another transaction meanwhile keeps its first record.
     */
    public List<AssignmentCompletion> complete(List<AssignmentCompletion> completions) {
        if (completions.isEmpty()) {
            return List.of();
        }
        return jdbc.call(c -> {
            int n = completions.size();
            UUID[] assignments = new UUID[n];
            String[] learners = new String[n];
            String[] times = new String[n];
            UUID[] events = new UUID[n];
            for (int i = 0; i < n; i++) {
                AssignmentCompletion completion = completions.get(i);
                assignments[i] = completion.pair().assignmentId();
                learners[i] = completion.pair().learnerId();
                times[i] = completion.completedAt().toString();
                events[i] = completion.eventId();
            }
            Set<UUID> recorded = new HashSet<>();
            try (PreparedStatement statement = c.prepareStatement("""
                    insert into assignment_completion (assignment_id, learner_id, completed_at, event_id)
                    select a, l, t::timestamptz, e from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[]) as x(a, l, t, e)
                    order by a, l
                    on conflict (assignment_id, learner_id) do nothing
                    returning event_id""")) {
                statement.setArray(1, c.createArrayOf("uuid", assignments));
                statement.setArray(2, c.createArrayOf("text", learners));
                statement.setArray(3, c.createArrayOf("text", times));
                statement.setArray(4, c.createArrayOf("uuid", events));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        recorded.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return completions.stream().filter(completion -> recorded.contains(completion.eventId())).toList();
        });
    }

    /**
     * The learner's assignments within their organization: through the teams they are a member of now, and those
     * naming them; soonest due first (those without a due date last), then oldest first.
     */
    public List<AssignmentOfLearner> ofLearner(String learnerId, String organization) {
        return jdbc.call(c -> {
            List<AssignmentOfLearner> found = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement("""
                    select a.id, a.goal_slug, a.due_date, a.created_at, c.completed_at
                    from assignment a
                    left join assignment_completion c on c.assignment_id = a.id and c.learner_id = ?
                    where a.organization = ?
                      and (a.team_id in (select m.team_id from team_member m where m.learner_id = ?)
                           or exists (select 1 from assignment_learner l
                                      where l.assignment_id = a.id and l.learner_id = ?))
                    order by a.due_date nulls last, a.created_at, a.id""")) {
                statement.setString(1, learnerId);
                statement.setString(2, organization);
                statement.setString(3, learnerId);
                statement.setString(4, learnerId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(new AssignmentOfLearner(rows.getObject(1, UUID.class), rows.getString(2),
                                rows.getObject(3, LocalDate.class), Sql.instant(rows.getTimestamp(4)),
                                Sql.instant(rows.getTimestamp(5))));
                    }
                }
            }
            return found;
        });
    }

    /**
     * An assignment with its team's name, its named learners, and how many learners it has now and how many of them
     * completed it (a former member's completion stays recorded but is not counted).
     */
    private static final String SELECT = """
            select a.id, a.organization, a.goal_slug, a.team_id, t.name, a.due_date, a.created_by, a.created_at,
                   coalesce((select array_agg(l.learner_id order by l.learner_id) from assignment_learner l
                             where l.assignment_id = a.id), '{}'),
                   counts.learners, counts.completed
            from assignment a
            left join team t on t.id = a.team_id
            cross join lateral (
                select count(*) as learners, count(c.learner_id) as completed
                from (select m.learner_id from team_member m where m.team_id = a.team_id
                      union
                      select l.learner_id from assignment_learner l where l.assignment_id = a.id) x
                left join assignment_completion c on c.assignment_id = a.id and c.learner_id = x.learner_id
            ) counts""";

    /**
     * Within the caller's organization: every assignment for an admin; for a manager, those on a team they manage and
     * those they created. Three parameters (see {@link #bindVisible}).
     */
    private static final String VISIBLE = """
            a.organization = ? and (? or a.created_by = ?
                or a.team_id in (select g.team_id from team_manager g where g.manager_id = ?))""";

    /** Binds {@link #VISIBLE} from {@code index}; returns the next index. */
    private static int bindVisible(PreparedStatement statement, int index, AssignmentCaller caller)
            throws SQLException {
        statement.setString(index, caller.organization());
        statement.setBoolean(index + 1, caller.admin());
        statement.setString(index + 2, caller.id());
        statement.setString(index + 3, caller.id());
        return index + 4;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static List<Assignment> query(Connection connection, String sql, Binder binder) throws SQLException {
        List<Assignment> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Assignment(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getObject(4, UUID.class), rows.getString(5), Sql.texts(rows.getArray(9)),
                            rows.getObject(6, LocalDate.class), rows.getString(7), Sql.instant(rows.getTimestamp(8)),
                            rows.getInt(10), rows.getInt(11)));
                }
            }
        }
        return found;
    }

    private static Set<String> strings(Connection connection, String sql, Collection<String> ids, String second,
            String third) throws SQLException {
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, Sql.texts(connection, ids));
            statement.setString(2, second);
            if (third != null) {
                statement.setString(3, third);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }
}
