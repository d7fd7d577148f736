package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AssignmentForecasterTest {

    static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");
    static final Instant ASSIGNED = NOW.minus(Duration.ofDays(10));
    static final AssignmentForecaster FORECASTER = new AssignmentForecaster(ForecastSettings.DEFAULTS);

    static Pace pace(double perDay) {
        return new Pace(perDay, (int) (perDay * 14), perDay > 0 ? 10 : 0, 14, NOW.minus(Duration.ofHours(3)));
    }

    static Instant inDays(double days) {
        return NOW.plusSeconds((long) (days * 86_400));
    }

    @Test
    void aCompletedGoalIsDoneWhateverTheDueDateAndTheMasteryLeft() {
        AssignmentForecast forecast = FORECASTER.assess(true, 40, pace(0), NOW, ASSIGNED, NOW.minus(Duration.ofDays(3)));
        assertThat(forecast.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(forecast.expectedAnswersRemaining()).isZero();
        assertThat(forecast.projectedCompletion()).isNull();
    }

    @Test
    void aPassedDueDateIsOverdue() {
        assertThat(FORECASTER.assess(false, 5, pace(50), NOW, ASSIGNED, NOW.minusSeconds(1)).status())
                .isEqualTo(AssignmentStatus.OVERDUE);
        // At the due instant itself it is not passed yet.
        assertThat(FORECASTER.assess(false, 0, pace(50), NOW, ASSIGNED, NOW).status())
                .isEqualTo(AssignmentStatus.ON_TRACK);
    }

    @Test
    void withADueDateThePaceProjectsTheCompletion() {
        // 100 answers at 10 a day: ten days.
        AssignmentForecast onTrack = FORECASTER.assess(false, 100, pace(10), NOW, ASSIGNED, inDays(12));
        assertThat(onTrack.status()).isEqualTo(AssignmentStatus.ON_TRACK);
        assertThat(onTrack.projectedCompletion()).isEqualTo(inDays(10));
        assertThat(onTrack.answersPerDay()).isEqualTo(10);
        AssignmentForecast late = FORECASTER.assess(false, 100, pace(10), NOW, ASSIGNED, inDays(9));
        assertThat(late.status()).isEqualTo(AssignmentStatus.AT_RISK);
        assertThat(late.projectedCompletion()).isEqualTo(inDays(10));
        // A risk margin of 1.25 warns for what needs 12.5 days at this pace.
        AssignmentForecaster cautious = new AssignmentForecaster(ForecastSettings.DEFAULTS.withRiskMargin(1.25));
        assertThat(cautious.assess(false, 100, pace(10), NOW, ASSIGNED, inDays(12)).status())
                .isEqualTo(AssignmentStatus.AT_RISK);
    }

    @Test
    void withoutAPaceALearnerIsAtRiskOnlyOnceTheDueDateIsNear() {
        AssignmentForecast near = FORECASTER.assess(false, 30, pace(0), NOW, ASSIGNED, inDays(14));
        assertThat(near.status()).isEqualTo(AssignmentStatus.AT_RISK);
        assertThat(near.projectedCompletion()).isNull();
        assertThat(FORECASTER.assess(false, 30, pace(0), NOW, ASSIGNED, inDays(15)).status())
                .isEqualTo(AssignmentStatus.ON_TRACK);
    }

    @Test
    void aGoalTheModelFindsMasteredButNotRecordedIsOnTrackAndDueNow() {
        AssignmentForecast forecast = FORECASTER.assess(false, 0, pace(0), NOW, ASSIGNED, inDays(1));
        assertThat(forecast.status()).isEqualTo(AssignmentStatus.ON_TRACK);
        assertThat(forecast.projectedCompletion()).isEqualTo(NOW);
    }

    @Test
    void withoutADueDateOnlyALongSilenceIsARisk() {
        Instant longAgo = NOW.minus(Duration.ofDays(30));
        Pace quiet = Pace.none(14, NOW.minus(Duration.ofDays(15)));
        assertThat(FORECASTER.assess(false, 50, quiet, NOW, longAgo, null).status())
                .isEqualTo(AssignmentStatus.AT_RISK);
        assertThat(FORECASTER.assess(false, 50, Pace.none(14, NOW.minus(Duration.ofDays(13))), NOW, longAgo, null)
                .status()).isEqualTo(AssignmentStatus.ON_TRACK);
        // Assigned after the last answer: the silence counts from the assignment.
        assertThat(FORECASTER.assess(false, 50, quiet, NOW, ASSIGNED, null).status())
                .isEqualTo(AssignmentStatus.ON_TRACK);
        // Never answered: from the assignment, and nothing known means no alarm.
        assertThat(FORECASTER.assess(false, 50, Pace.none(14, null), NOW, NOW.minus(Duration.ofDays(20)), null)
                .status()).isEqualTo(AssignmentStatus.AT_RISK);
        assertThat(FORECASTER.assess(false, 50, Pace.none(14, null), NOW, null, null).status())
                .isEqualTo(AssignmentStatus.ON_TRACK);
        // Nothing left to do: not at risk, however quiet.
        assertThat(FORECASTER.assess(false, 0, quiet, NOW, longAgo, null).status())
                .isEqualTo(AssignmentStatus.ON_TRACK);
        AssignmentForecast active = FORECASTER.assess(false, 50, pace(5), NOW, ASSIGNED, null);
        assertThat(active.status()).isEqualTo(AssignmentStatus.ON_TRACK);
        assertThat(active.projectedCompletion()).isEqualTo(inDays(10));
    }

    @Test
    void anUnreachableGoalProjectsACenturyAtMost() {
        AssignmentForecast forecast = FORECASTER.assess(false, 25 * MasteryForecast.UNREACHABLE, pace(0.01), NOW,
                ASSIGNED, inDays(30));
        assertThat(forecast.status()).isEqualTo(AssignmentStatus.AT_RISK);
        assertThat(forecast.projectedCompletion()).isEqualTo(inDays(36_500));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> FORECASTER.assess(false, -1, pace(1), NOW, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FORECASTER.assess(false, Double.NaN, pace(1), NOW, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ForecastSettings(Duration.ofDays(7), Duration.ofDays(8), 2, 1,
                Duration.ofDays(14), Duration.ofDays(14))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForecastSettings.DEFAULTS.withBurstFactor(0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForecastSettings.DEFAULTS.withRiskMargin(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
