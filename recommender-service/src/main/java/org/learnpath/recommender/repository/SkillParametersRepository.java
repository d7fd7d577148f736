package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.learnpath.learner.BktParameters;
import org.learnpath.recommender.model.FittedSkill;

/**
 * Fitted BKT parameters per skill: those of the latest refit (see {@link RefitRunRepository}), skills absent using the
 * defaults.
 */
@ApplicationScoped
public class SkillParametersRepository {

    // On the connection of the calling transaction, if there is one (see Jdbc).

    /**
     * Replaces every skill's parameters by a refit's: a skill it did not fit (set aside, or without answers) uses the
     * defaults again rather than an earlier refit's parameters, which were fitted for other difficulties.
     */
    public void replaceAll(List<FittedSkill> fitted) {
        jdbc.run(c -> {
            try (PreparedStatement statement = c.prepareStatement("delete from skill_parameters")) {
                statement.executeUpdate();
            }
            save(c, fitted);
        });
    }

    private final Jdbc jdbc;

    public SkillParametersRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every fitted skill, by skill code. */
    public List<FittedSkill> all() {
        return jdbc.call(this::all);
    }

    List<FittedSkill> all(Connection c) throws SQLException {
        List<FittedSkill> fitted = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement("""
                select skill_code, prior, learn, guess, slip, sequences, answers, log_likelihood, fitted_at
                from skill_parameters order by skill_code""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                fitted.add(new FittedSkill(rows.getString(1), new BktParameters(rows.getDouble(2), rows.getDouble(3),
                        rows.getDouble(4), rows.getDouble(5)), rows.getInt(6), rows.getInt(7), rows.getDouble(8),
                        rows.getTimestamp(9).toInstant()));
            }
        }
        return fitted;
    }

    void save(Connection c, List<FittedSkill> fitted) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("""
                insert into skill_parameters (skill_code, prior, learn, guess, slip, sequences, answers, log_likelihood,
                                              fitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (skill_code) do update set prior = excluded.prior, learn = excluded.learn,
                    guess = excluded.guess, slip = excluded.slip, sequences = excluded.sequences,
                    answers = excluded.answers, log_likelihood = excluded.log_likelihood, fitted_at = excluded.fitted_at""")) {
            for (FittedSkill skill : fitted) {
                BktParameters p = skill.parameters();
                statement.setString(1, skill.skillCode());
                statement.setDouble(2, p.prior());
                statement.setDouble(3, p.learn());
                statement.setDouble(4, p.guess());
                statement.setDouble(5, p.slip());
                statement.setInt(6, skill.sequences());
                statement.setInt(7, skill.answers());
                statement.setDouble(8, skill.logLikelihood());
                statement.setTimestamp(9, Timestamp.from(skill.fittedAt()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
