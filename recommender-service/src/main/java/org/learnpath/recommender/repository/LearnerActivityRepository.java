package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the stored answers say about a group of learners' activity, for the team reports: each question is one
 * statement for all the learners at once, reading their answers through the answer table's primary key
 * (learner_id, event_id). The table has no index on the answer time (every answer is written to it, and one index
 * less is a faster write), so each statement reads the learners' whole histories: about 100 ms for 500 learners of
 * 200 answers each (docs/performance.md). Effort, pace and the forecast count study and practice only: a placement
 * answer (purpose PLACEMENT) measures what the learner knew before, it is no study. The last answer is any answer:
 * taking a placement is activity.
 */
@ApplicationScoped
public class LearnerActivityRepository {

    private final Jdbc jdbc;

    public LearnerActivityRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A learner's answers to items measuring any of a set of skills, and the time they took over them. */
    public record Effort(long answers, long millis) {
    }

    /**
     * Per learner, the answers since {@code since} to items measuring at least one of {@code skillCodes}, and their
     * response times, each counted up to {@code maxPerAnswer} (an answer left open over lunch is not an hour of
     * study). Learners without such answers are absent.
     */
    public Map<String, Effort> effortSince(Collection<String> learnerIds, Instant since, Collection<String> skillCodes,
            Duration maxPerAnswer) {
        return jdbc.call(c -> {
            Map<String, Effort> effort = new HashMap<>();
            try (PreparedStatement statement = c.prepareStatement("""
                    select learner_id, count(*), coalesce(sum(least(response_time_millis, ?)), 0)
                    from answer
                    where learner_id = any(?::text[]) and answered_at >= ?::timestamptz and skill_codes && ?::text[]
                      and purpose is null
                    group by learner_id""")) {
                statement.setLong(1, maxPerAnswer.toMillis());
                statement.setArray(2, Sql.texts(c, learnerIds));
                statement.setTimestamp(3, Timestamp.from(since));
                statement.setArray(4, Sql.texts(c, skillCodes));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        effort.put(rows.getString(1), new Effort(rows.getLong(2), rows.getLong(3)));
                    }
                }
            }
            return effort;
        });
    }

    /**
     * Per learner, answers per 24-hour bucket counted back from {@code now} ({@code [0]} the last 24 hours) over
     * {@code days} buckets: what {@code Pace.fromDailyCounts} takes. Learners without an answer in the window are
     * absent.
     */
    public Map<String, int[]> dailyCounts(Collection<String> learnerIds, Instant now, int days) {
        return jdbc.call(c -> {
            Map<String, int[]> counts = new HashMap<>();
            try (PreparedStatement statement = c.prepareStatement("""
                    select learner_id,
                           floor(extract(epoch from (?::timestamptz - answered_at)) / 86400)::int as day_ago, count(*)
                    from answer
                    where learner_id = any(?::text[]) and answered_at <= ?::timestamptz and answered_at > ?::timestamptz
                      and purpose is null
                    group by 1, 2""")) {
                Timestamp at = Timestamp.from(now);
                statement.setTimestamp(1, at);
                statement.setArray(2, Sql.texts(c, learnerIds));
                statement.setTimestamp(3, at);
                statement.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(days))));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        int day = rows.getInt(2);
                        if (day >= 0 && day < days) {
                            counts.computeIfAbsent(rows.getString(1), k -> new int[days])[day] += rows.getInt(3);
                        }
                    }
                }
            }
            return counts;
        });
    }

    /**
     * Per learner, the time of their last answer (any item, placement answers included); learners who never answered
     * are absent.
     */
    public Map<String, Instant> lastAnswers(Collection<String> learnerIds) {
        return jdbc.call(c -> {
            Map<String, Instant> last = new HashMap<>();
            try (PreparedStatement statement = c.prepareStatement("""
                    select learner_id, max(answered_at) from answer where learner_id = any(?::text[])
                    group by learner_id""")) {
                statement.setArray(1, Sql.texts(c, learnerIds));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        last.put(rows.getString(1), Sql.instant(rows.getTimestamp(2)));
                    }
                }
            }
            return last;
        });
    }

    /**
     * The mean number of skills an answer measures, over every stored answer; 1 without answers. The forecast
     * divides the skills' practice opportunities by it.
     */
    public double skillsPerAnswer() {
        return jdbc.call(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "select coalesce(avg(cardinality(skill_codes)), 1) from answer where purpose is null");
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getDouble(1);
            }
        });
    }
}
