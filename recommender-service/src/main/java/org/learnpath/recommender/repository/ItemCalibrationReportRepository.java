package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Per item, what its answers say about it, aggregated in PostgreSQL in one statement over the stored answers: no
 * learner's id or single answer leaves the database.
 *
 * <p><b>Which mastery.</b> The discrimination correlates a first answer's correctness with the answering learner's
 * mastery of the item's skills. The mastery at the time of the answer is not stored (the answer table keeps answers,
 * the mastery table each learner's latest state), and recovering it means replaying every learner's whole history
 * through the model, which is what a refit costs. So the report reads the learner's stored mastery now: per skill
 * the state right after their last answer measuring it, without the forgetting since (forgetting after the answer
 * says nothing about the answer), and for an item of several skills the product of its skills' masteries, the
 * probability of knowing them all, as the learner model's conjunctive response model has it. An answer whose learner
 * has no state for one of its skills has no mastery and counts in the shares but not in the correlation.
 *
 * <p>Two biases follow, both documented to the reader of the report:
 * <ul>
 *   <li>The item's own answers moved that mastery (right answers up, wrong ones down), which pushes the correlation
 *       towards positive: an item is flagged negative or mis-keyed despite this push, never because of it, while a
 *       weakly discriminating item may pass as better than it is. The push is strongest for skills each learner has
 *       answered few items of.</li>
 *   <li>Learners keep learning after an answer: a beginner's wrong answer counts against a learner who has mastered
 *       the skill since, which pulls the correlation towards zero, and for an item met early more than one met late.
 *       The mis-keyed rule therefore also asks for a negative correlation, so a hard item that beginners got wrong
 *       is not called mis-keyed merely because they are masters now.</li>
 * </ul>
 */
@ApplicationScoped
public class ItemCalibrationReportRepository {

    private final Jdbc jdbc;

    public ItemCalibrationReportRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One item's figures. Shares and the correlation are over first answers only (a repeated answer follows the key
     * and explanation shown the first time); they are null when there are none, and the correlation also when it is
     * undefined (everyone right, everyone wrong, or every answering learner at the same mastery).
     *
     * @param skillCodes the item's skills as the item bank last published them, else as its answers recorded them
     * @param status PUBLISHED or RETIRED as the item bank last said, null for an item no longer (or never) received
     * @param priorDifficulty the author's difficulty as the item bank last said, else as when first answered
     * @param learnedDifficulty the Elo difficulty learned from the answers; the prior while there are none
     * @param highMasteryAnswers first answers by learners whose mastery of the skills is at least the threshold asked
     */
    public record ItemStats(UUID itemId, List<String> skillCodes, String status, Double priorDifficulty,
            Double learnedDifficulty, long answers, long repeatAnswers, Double shareCorrect, Double discrimination,
            long highMasteryAnswers, Double highMasteryShareCorrect) {
    }

    /**
     * Every item known from the item bank, the calibrations or the answers, with its figures; {@code highMastery}
     * splits the answering learners for the mis-keyed rule. One pass over all answers (the report sorts every item
     * by its flags before it pages, so it needs them all): about 2 s per million answers on a small machine, which is
     * why the service keeps the result for a while.
     */
    public List<ItemStats> stats(double highMastery) {
        return jdbc.call(c -> stats(c, highMastery));
    }

    List<ItemStats> stats(Connection connection, double highMastery) throws SQLException {
        // Placement answers are left out: the item was asked for what it tells about the learner, its calibration
        // never learns from them, and its shares should not either.
        // A single-skill answer (nearly all of them) finds its learner's mastery through a hash join; the subquery,
        // for the few answers of several skills, through the mastery table's primary key. "count(*) = cardinality"
        // leaves the mastery null when one of the skills has no state.
        try (PreparedStatement statement = connection.prepareStatement("""
                with measured as (
                    select a.item_id, a.skill_codes, a.correct::int::float8 as correct,
                           a.attempt_number = 1 as first,
                           case when cardinality(a.skill_codes) = 1 then x.mastery
                                else (select case when count(*) = cardinality(a.skill_codes)
                                                  then exp(sum(ln(greatest(y.mastery, 1e-12)))) end
                                      from mastery y
                                      where y.learner_id = a.learner_id and y.skill_code = any(a.skill_codes))
                           end as mastery
                    from answer a
                    left join mastery x on cardinality(a.skill_codes) = 1 and x.learner_id = a.learner_id
                                       and x.skill_code = a.skill_codes[1]
                    where a.purpose is null
                ),
                answered as (
                    select item_id,
                           max(skill_codes) as skill_codes,
                           count(*) filter (where first) as answers,
                           count(*) filter (where not first) as repeats,
                           avg(correct) filter (where first) as share_correct,
                           corr(correct, mastery) filter (where first) as discrimination,
                           count(*) filter (where first and mastery >= ?) as high_answers,
                           avg(correct) filter (where first and mastery >= ?) as high_share
                    from measured
                    group by item_id
                ),
                items as (
                    select id as item_id from catalog_item
                    union
                    select item_id from answered
                    union
                    select item_id from item_calibration
                )
                select t.item_id, coalesce(i.skill_codes, x.skill_codes), i.status,
                       coalesce(i.prior_difficulty, c.prior_difficulty),
                       coalesce(c.difficulty, i.prior_difficulty),
                       coalesce(x.answers, 0), coalesce(x.repeats, 0), x.share_correct, x.discrimination,
                       coalesce(x.high_answers, 0), x.high_share
                from items t
                left join catalog_item i on i.id = t.item_id
                left join item_calibration c on c.item_id = t.item_id
                left join answered x on x.item_id = t.item_id""")) {
            statement.setDouble(1, highMastery);
            statement.setDouble(2, highMastery);
            List<ItemStats> stats = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stats.add(new ItemStats(rows.getObject(1, UUID.class), Sql.texts(rows.getArray(2)),
                            rows.getString(3), nullableDouble(rows, 4), nullableDouble(rows, 5), rows.getLong(6),
                            rows.getLong(7), nullableDouble(rows, 8), nullableDouble(rows, 9), rows.getLong(10),
                            nullableDouble(rows, 11)));
                }
            }
            return stats;
        }
    }

    private static Double nullableDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
