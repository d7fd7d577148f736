package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaceTest {

    static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");
    static final ForecastSettings SETTINGS = ForecastSettings.DEFAULTS; // 14-day window, 3 at least, burst x2

    /** {@code answers} answers on each of the given days ago, an hour apart from 08:00 on. */
    static List<Instant> answers(int answers, int... daysAgo) {
        List<Instant> times = new ArrayList<>();
        for (int day : daysAgo) {
            for (int i = 0; i < answers; i++) {
                times.add(NOW.minus(Duration.ofDays(day)).minus(Duration.ofHours(4)).plusSeconds(i));
            }
        }
        return times;
    }

    static int[] everyDay() {
        int[] days = new int[14];
        for (int d = 0; d < 14; d++) {
            days[d] = d;
        }
        return days;
    }

    @Test
    void aSteadyLearnerHasTheirDailyCount() {
        Pace pace = Pace.of(answers(10, everyDay()), NOW, null, SETTINGS);
        assertThat(pace.answersPerDay()).isEqualTo(10);
        assertThat(pace.answers()).isEqualTo(140);
        assertThat(pace.activeDays()).isEqualTo(14);
        assertThat(pace.windowDays()).isEqualTo(14);
        assertThat(pace.active()).isTrue();
    }

    @Test
    void aSingleBurstCountsForAtMostTwiceTheNextBusiestDay() {
        List<Instant> times = answers(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        times.addAll(answers(150, 0));
        Pace pace = Pace.of(times, NOW, null, SETTINGS);
        // 13 days of 10 and the burst counted as 20: 150 / 14 = 10.7 instead of (130 + 150) / 14 = 20.
        assertThat(pace.answersPerDay()).isCloseTo(150 / 14.0, within(1e-9));
        assertThat(pace.answers()).isEqualTo(280);
        // Without the cap (a factor large enough never to bite) the burst would double the pace.
        assertThat(Pace.of(times, NOW, null, SETTINGS.withBurstFactor(1e6)).answersPerDay())
                .isCloseTo(20, within(1e-9));
    }

    @Test
    void aWeeklyRhythmAndASingleActiveDayAreLeftAlone() {
        assertThat(Pace.of(answers(50, 2, 9), NOW, null, SETTINGS).answersPerDay()).isCloseTo(100 / 14.0, within(1e-9));
        assertThat(Pace.of(answers(30, 5), NOW, null, SETTINGS).answersPerDay()).isCloseTo(30 / 14.0, within(1e-9));
    }

    @Test
    void noRecentAnswerIsNoPaceButTheLastAnswerIsKept() {
        List<Instant> times = answers(20, 15, 30);
        times.add(NOW.plusSeconds(60)); // after now: not counted, not the last answer
        Pace pace = Pace.of(times, NOW, null, SETTINGS);
        assertThat(pace.answersPerDay()).isZero();
        assertThat(pace.active()).isFalse();
        assertThat(pace.lastAnswerAt()).isEqualTo(NOW.minus(Duration.ofDays(15)).minus(Duration.ofHours(4))
                .plusSeconds(19));
        assertThat(Pace.of(List.of(), NOW, null, SETTINGS)).isEqualTo(Pace.none(14, null));
    }

    @Test
    void daysAreCountedBackFromNowInWholeDays() {
        // Exactly 24 hours ago is day 1, not day 0; exactly 14 days ago is outside the window.
        Pace pace = Pace.of(List.of(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(14)),
                NOW.minusSeconds(1)), NOW, null, SETTINGS);
        assertThat(pace.answers()).isEqualTo(2);
        assertThat(pace.activeDays()).isEqualTo(2);
    }

    @Test
    void aLearnerWhoStartedRecentlyIsAveragedOverTheDaysSinceButAtLeastTheMinimum() {
        assertThat(Pace.windowDays(NOW, null, SETTINGS)).isEqualTo(14);
        assertThat(Pace.windowDays(NOW, NOW.minus(Duration.ofDays(30)), SETTINGS)).isEqualTo(14);
        assertThat(Pace.windowDays(NOW, NOW.minus(Duration.ofHours(5 * 24 + 1)), SETTINGS)).isEqualTo(6);
        assertThat(Pace.windowDays(NOW, NOW.minus(Duration.ofHours(20)), SETTINGS)).isEqualTo(3);
        assertThat(Pace.windowDays(NOW, NOW.plusSeconds(3600), SETTINGS)).isEqualTo(3);
        // Assigned 6 days ago, 12 answers a day since: 12 a day, not 72 / 14.
        Pace pace = Pace.of(answers(12, 0, 1, 2, 3, 4, 5), NOW, NOW.minus(Duration.ofDays(6)), SETTINGS);
        assertThat(pace.answersPerDay()).isEqualTo(12);
    }

    @Test
    void dailyCountsGiveTheSamePaceAsTheAnswerTimes() {
        Pace fromCounts = Pace.fromDailyCounts(new int[] {150, 10, 10, 0, 10}, NOW, 2);
        assertThat(fromCounts.answersPerDay()).isCloseTo(50 / 5.0, within(1e-9));
        assertThat(fromCounts.activeDays()).isEqualTo(4);
        assertThatThrownBy(() -> Pace.fromDailyCounts(new int[0], null, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pace.fromDailyCounts(new int[] {-1}, null, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
