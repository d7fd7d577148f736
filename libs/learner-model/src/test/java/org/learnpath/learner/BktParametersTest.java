package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BktParametersTest {

    static final BktParameters P = new BktParameters(0.3, 0.2, 0.2, 0.1);

    @Test
    void rejectsProbabilitiesOutsideZeroOneAndAnswersWithoutEvidence() {
        assertThatThrownBy(() -> new BktParameters(-0.1, 0.2, 0.2, 0.1)).hasMessageContaining("prior");
        assertThatThrownBy(() -> new BktParameters(0.3, 1.2, 0.2, 0.1)).hasMessageContaining("learn");
        assertThatThrownBy(() -> new BktParameters(0.3, 0.2, Double.NaN, 0.1)).hasMessageContaining("guess");
        assertThatThrownBy(() -> new BktParameters(0.3, 0.2, 0.6, 0.4)).hasMessageContaining("guess + slip");
        assertThat(new BktParameters(0, 0, 0, 0)).isNotNull();
    }

    @Test
    void predictsCorrectAnswersFromMasteryGuessAndSlip() {
        // 0.3 * (1 - 0.1) + 0.7 * 0.2
        assertThat(P.pCorrect(0.3)).isCloseTo(0.41, within(1e-15));
    }

    @Test
    void correctAnswerGivesTheHandComputedPosteriorThenLearning() {
        // posterior = 0.3 * 0.9 / (0.3 * 0.9 + 0.7 * 0.2) = 0.27 / 0.41
        assertThat(P.posterior(0.3, true)).isCloseTo(0.27 / 0.41, within(1e-15));
        // learning: 0.658536... + (1 - 0.658536...) * 0.2 = 0.726829...
        assertThat(P.update(0.3, true)).isCloseTo(0.7268292682926829, within(1e-15));
    }

    @Test
    void incorrectAnswerGivesTheHandComputedPosteriorThenLearning() {
        // posterior = 0.3 * 0.1 / (0.3 * 0.1 + 0.7 * 0.8) = 0.03 / 0.59
        assertThat(P.posterior(0.3, false)).isCloseTo(0.03 / 0.59, within(1e-15));
        // 0.050847... + 0.949152... * 0.2 = 0.240677...
        assertThat(P.update(0.3, false)).isCloseTo(0.2406779661016949, within(1e-15));
    }

    @Test
    void anAnswerTheParametersCallImpossibleLeavesMasteryAlone() {
        BktParameters neverSlips = new BktParameters(0.5, 0.1, 0.2, 0.0);
        assertThat(neverSlips.posterior(1.0, false)).isEqualTo(1.0);
    }

    @Test
    void itemDifficultyShiftsGuessAndSlipInOppositeDirectionsOnTheLogitScale() {
        assertThat(P.forItem(0)).isSameAs(P);
        BktParameters hard = P.forItem(1);
        // guess' = 1 / (1 + exp(-(ln(0.2/0.8) - 1))) = 0.084224, slip' = 1 / (1 + exp(-(ln(0.1/0.9) + 1))) = 0.231969
        assertThat(hard.guess()).isCloseTo(0.084224, within(1e-6));
        assertThat(hard.slip()).isCloseTo(0.231969, within(1e-6));
        assertThat(hard.prior()).isEqualTo(P.prior());
        assertThat(hard.learn()).isEqualTo(P.learn());
        // A correct answer on a hard item is stronger evidence than on an easy one.
        assertThat(hard.posterior(0.3, true)).isGreaterThan(P.posterior(0.3, true))
                .isGreaterThan(P.forItem(-1).posterior(0.3, true));
    }

    @Test
    void harderItemsArePredictedLessOftenCorrectAndStayValidAtTheExtremes() {
        double previous = 1;
        for (double d = -4; d <= 4; d += 0.5) {
            BktParameters item = new BktParameters(0.3, 0.2, 0.3, 0.3).forItem(d);
            assertThat(item.guess() + item.slip()).isLessThan(1);
            double p = item.pCorrect(0.6);
            assertThat(p).isLessThan(previous);
            previous = p;
        }
    }
}
