package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForgettingTest {

    static final Forgetting TEN_DAYS = Forgetting.halfLife(Duration.ofDays(10));
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void thePartAboveTheFloorHalvesEveryHalfLife() {
        assertThat(TEN_DAYS.decay(0.9, 0.3, Duration.ofDays(10))).isCloseTo(0.6, within(1e-12));
        assertThat(TEN_DAYS.decay(0.9, 0.3, Duration.ofDays(20))).isCloseTo(0.45, within(1e-12));
        assertThat(TEN_DAYS.decay(0.9, 0.3, Duration.ofDays(5))).isCloseTo(0.3 + 0.6 / Math.sqrt(2), within(1e-12));
        assertThat(TEN_DAYS.decay(0.9, 0.3, Duration.ofDays(10_000))).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void masteryAtOrBelowTheFloorNoForgettingAndNegativeTimeLeaveMasteryAlone() {
        assertThat(TEN_DAYS.decay(0.2, 0.3, Duration.ofDays(50))).isEqualTo(0.2);
        assertThat(TEN_DAYS.decay(0.9, 0.3, Duration.ofDays(-3))).isEqualTo(0.9);
        assertThat(Forgetting.NONE.decay(0.9, 0.3, Duration.ofDays(365))).isEqualTo(0.9);
    }

    @Test
    void reviewFallsDueWhenDecayedMasteryReachesTheThreshold() {
        // 0.3 + 0.6 * 2^(-t/10d) = 0.75  =>  t = 10d * log2(0.6 / 0.45) = 4.1504 days
        Instant due = TEN_DAYS.fallsBelow(0.9, 0.3, 0.75, T0).orElseThrow();
        assertThat(Duration.between(T0, due).toSeconds()).isCloseTo(Math.round(4.150375 * 86_400), within(1L));
        assertThat(TEN_DAYS.decay(0.9, 0.3, T0, due)).isLessThanOrEqualTo(0.75 + 1e-12);
        assertThat(TEN_DAYS.decay(0.9, 0.3, T0, due.minusSeconds(60))).isGreaterThan(0.75);
        assertThat(TEN_DAYS.fallsBelow(0.7, 0.3, 0.75, T0)).contains(T0);
        assertThat(TEN_DAYS.fallsBelow(0.9, 0.8, 0.75, T0)).isEmpty();
        assertThat(Forgetting.NONE.fallsBelow(0.9, 0.3, 0.75, T0)).isEmpty();
    }

    @Test
    void theModelDecaysLazilyOnReadAndBeforeTheNextUpdate() {
        BktParameters p = BktParametersTest.P;
        LearnerModel model = new LearnerModel(ModelConfig.defaults().withDefaultParameters(p).withForgetting(TEN_DAYS));
        model.apply(new AnswerObservation("e1", "ann", "i1", List.of("s"), true, T0, 0));
        double afterAnswer = p.update(0.3, true); // 0.726829...
        assertThat(model.mastery("ann", "s", T0)).isEqualTo(afterAnswer);
        double tenDaysLater = 0.3 + (afterAnswer - 0.3) / 2;
        assertThat(model.mastery("ann", "s", T0.plus(Duration.ofDays(10)))).isCloseTo(tenDaysLater, within(1e-12));
        // Stored state is untouched by reading: still as of the last answer.
        assertThat(model.skillState("ann", "s").orElseThrow().mastery()).isEqualTo(afterAnswer);

        model.apply(new AnswerObservation("e2", "ann", "i1", List.of("s"), true, T0.plus(Duration.ofDays(10)), 0));
        assertThat(model.skillState("ann", "s").orElseThrow().mastery())
                .isCloseTo(p.update(tenDaysLater, true), within(1e-12));
    }
}
