package org.learnpath.learner;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * A learner's recent pace: answers per day over the last few days. Days are 24-hour buckets counted back from
 * "now" (day 0 = the last 24 hours), so the pace needs no time zone and does not jump at midnight.
 *
 * <p><b>A single burst.</b> Before averaging, the busiest day counts for at most {@code burstFactor} times the
 * second busiest: a learner who answers 10 questions a day and once 150 in a sitting keeps a pace near 10, not
 * 20. Only the one busiest day is capped, so a steady rhythm (every day alike, or one long session a week) is
 * left alone. With a single active day there is nothing to compare it with, and it counts in full.
 *
 * @param answersPerDay the pace; 0 for a learner without an answer in the window
 * @param answers       answers in the window, before the burst cap
 * @param activeDays    days of the window with at least one answer
 * @param windowDays    days the pace is averaged over
 * @param lastAnswerAt  the learner's last answer, also before the window; {@code null} if none is known
 */
public record Pace(double answersPerDay, int answers, int activeDays, int windowDays, Instant lastAnswerAt) {

    private static final Duration DAY = Duration.ofDays(1);

    public Pace {
        if (!(answersPerDay >= 0) || Double.isInfinite(answersPerDay) || answers < 0 || activeDays < 0
                || windowDays < 1) {
            throw new IllegalArgumentException("need a finite pace >= 0, counts >= 0 and windowDays >= 1");
        }
    }

    /** No answer in the window. */
    public static Pace none(int windowDays, Instant lastAnswerAt) {
        return new Pace(0, 0, 0, windowDays, lastAnswerAt);
    }

    /**
     * Days to average over at {@code now}: the settings' window, shortened to the days since {@code activeSince}
     * (the assignment, or the learner's first answer; {@code null} if unknown) but not below the minimum window.
     */
    public static int windowDays(Instant now, Instant activeSince, ForecastSettings settings) {
        int window = (int) settings.paceWindow().toDays();
        if (activeSince == null) {
            return window;
        }
        long seconds = Math.max(0, Duration.between(activeSince, now).getSeconds());
        long days = (seconds + DAY.getSeconds() - 1) / DAY.getSeconds();
        return (int) Math.max(settings.minimumPaceWindow().toDays(), Math.min(window, days));
    }

    /**
     * The pace at {@code now} from answer times (any order; times after {@code now} are ignored, older ones only
     * give the last answer time). O(answers).
     */
    public static Pace of(Collection<Instant> answerTimes, Instant now, Instant activeSince,
            ForecastSettings settings) {
        int window = windowDays(now, activeSince, settings);
        int[] byDayAgo = new int[window];
        Instant last = null;
        long nowSeconds = now.getEpochSecond();
        for (Instant at : answerTimes) {
            if (at.isAfter(now)) {
                continue;
            }
            if (last == null || at.isAfter(last)) {
                last = at;
            }
            long dayAgo = (nowSeconds - at.getEpochSecond()) / DAY.getSeconds();
            if (dayAgo < window) {
                byDayAgo[(int) dayAgo]++;
            }
        }
        return fromDailyCounts(byDayAgo, last, settings.burstFactor());
    }

    /**
     * The pace from answer counts per 24-hour bucket, {@code answersByDayAgo[0]} the last 24 hours; the window is
     * the array's length (see {@link #windowDays}). For callers that count in the database instead of loading
     * every answer time.
     */
    public static Pace fromDailyCounts(int[] answersByDayAgo, Instant lastAnswerAt, double burstFactor) {
        if (answersByDayAgo.length < 1) {
            throw new IllegalArgumentException("need at least one day");
        }
        long total = 0;
        int active = 0;
        int busiest = 0;
        int second = 0;
        for (int count : answersByDayAgo) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count");
            }
            total += count;
            if (count > 0) {
                active++;
            }
            if (count > busiest) {
                second = busiest;
                busiest = count;
            } else if (count > second) {
                second = count;
            }
        }
        double counted = total;
        if (active >= 2) {
            counted -= Math.max(0, busiest - burstFactor * second);
        }
        return new Pace(counted / answersByDayAgo.length, (int) Math.min(Integer.MAX_VALUE, total), active,
                answersByDayAgo.length, lastAnswerAt);
    }

    /** Whether the learner answered anything in the window. */
    public boolean active() {
        return answersPerDay > 0;
    }
}
