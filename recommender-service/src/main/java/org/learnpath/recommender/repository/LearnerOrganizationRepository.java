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
import java.util.Optional;

/**
 * The organization each learner belongs to. A row is only ever added, never changed: the first organization a learner
 * is seen with is theirs (see service/LearnerOrganizations).
 */
@ApplicationScoped
public class LearnerOrganizationRepository {

    private final Jdbc jdbc;

    public LearnerOrganizationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // On the connection of the calling transaction, if there is one (see Jdbc).

    public Optional<String> find(String learnerId) {
        return Optional.ofNullable(jdbc.call(c -> find(c, List.of(learnerId))).get(learnerId));
    }

    /**
     * Records each learner's organization unless one is recorded already, and returns every given learner's
     * organization as recorded now: the given one for a learner seen for the first time, the stored one otherwise.
     * One statement (a second one only when another transaction recorded one of them at the same moment).
     */
    public Map<String, String> record(Map<String, String> organizationByLearner) {
        return jdbc.call(c -> record(c, organizationByLearner));
    }

    Map<String, String> find(Connection connection, Collection<String> learnerIds) throws SQLException {
        Map<String, String> found = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select learner_id, organization from learner_organization where learner_id = any(?)")) {
            statement.setArray(1, Sql.texts(connection, learnerIds));
            read(statement, found);
        }
        return found;
    }

    Map<String, String> record(Connection connection, Map<String, String> organizationByLearner) throws SQLException {
        List<String> learners = new ArrayList<>(organizationByLearner.keySet());
        List<String> organizations = learners.stream().map(organizationByLearner::get).toList();
        Map<String, String> recorded = new HashMap<>();
        // The new rows come from the insert's returning clause, the existing ones from the select: within one
        // statement, the select does not see what the insert added.
        try (PreparedStatement statement = connection.prepareStatement("""
                with given as (select l, o from unnest(?::text[], ?::text[]) as x(l, o)),
                added as (
                    -- in learner id order, as every writer of several rows: two of them never deadlock
                    insert into learner_organization (learner_id, organization)
                    select l, o from given order by l
                    on conflict (learner_id) do nothing
                    returning learner_id, organization)
                select learner_id, organization from added
                union all
                select s.learner_id, s.organization from learner_organization s join given on given.l = s.learner_id
                """)) {
            statement.setArray(1, Sql.texts(connection, learners));
            statement.setArray(2, Sql.texts(connection, organizations));
            read(statement, recorded);
        }
        if (recorded.size() < learners.size()) {
            // Recorded by a transaction that committed while this statement ran: visible to the next statement.
            List<String> missing = new ArrayList<>(learners);
            missing.removeAll(recorded.keySet());
            recorded.putAll(find(connection, missing));
        }
        return recorded;
    }

    private static void read(PreparedStatement statement, Map<String, String> into) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                into.put(rows.getString(1), rows.getString(2));
            }
        }
    }
}
