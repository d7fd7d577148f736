package org.learnpath.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The organization each learner's data belongs to: the one named by the first request that stored a session or an
 * attempt of theirs. A learner's data stays in that organization (a learner moving to another one is an operation
 * for an administrator, not a side effect of what a token says), so writers look it up before storing anything, while
 * holding the learner's lock ({@link AdvisoryLocks#ATTEMPT_NUMBERING}): two requests naming different organizations
 * for a new learner cannot both find none.
 */
@ApplicationScoped
public class LearnerOrganizations {

    private final DataSource dataSource;

    public LearnerOrganizations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Until this transaction ends, no other transaction stores the learner's attempts or sessions: the same lock, on
     * the same key, as {@link AttemptRepository#priorAttempts} takes for each learner it numbers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String learnerId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, AdvisoryLocks.ATTEMPT_NUMBERING);
            lock.setString(2, learnerId);
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock the learner's data", e);
        }
    }

    /**
     * The organization of each of these learners whose data names one; learners without any data, or with only
     * data stored before organizations existed, are left out. One step down an index per learner and table.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, String> of(Collection<String> learnerIds) {
        Map<String, String> known = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select l, coalesce(
                            (select a.organization from attempt a
                             where a.learner_id = l and a.organization is not null limit 1),
                            (select s.organization from assessment_session s
                             where s.learner_id = l and s.organization is not null limit 1))
                        from (select distinct l from unnest(?::text[]) as l) as learners""")) {
            statement.setArray(1, connection.createArrayOf("text", learnerIds.toArray(String[]::new)));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String organization = rows.getString(2);
                    if (organization != null) {
                        known.put(rows.getString(1), organization);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the learners' organizations", e);
        }
        return known;
    }
}
