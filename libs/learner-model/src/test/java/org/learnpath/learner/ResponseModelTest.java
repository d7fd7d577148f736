package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ResponseModelTest {

    static final BktParameters P = BktParametersTest.P;

    @Test
    void singleSkillItemOfAverageDifficultyIsPlainBkt() {
        BktParameters[] one = {P};
        assertThat(ResponseModel.pCorrect(one, new double[] {0.3}, 0)).isEqualTo(P.pCorrect(0.3));
        assertThat(ResponseModel.update(one, new double[] {0.3}, 0, true)[0]).isEqualTo(P.update(0.3, true));
        assertThat(ResponseModel.update(one, new double[] {0.3}, 0, false)[0]).isEqualTo(P.update(0.3, false));
    }

    @Test
    void multiSkillItemIsCorrectOnlyIfEverySkillSucceeds() {
        // q1 = 0.9 * 0.9 + 0.1 * 0.2 = 0.83, q2 = 0.3 * 0.9 + 0.7 * 0.2 = 0.41
        assertThat(ResponseModel.pCorrect(new BktParameters[] {P, P}, new double[] {0.9, 0.3}, 0))
                .isCloseTo(0.83 * 0.41, within(1e-15));
    }

    @Test
    void correctAnswerOnAMultiSkillItemCreditsEachSkillAsIfAlone() {
        double[] next = ResponseModel.update(new BktParameters[] {P, P}, new double[] {0.9, 0.3}, 0, true);
        assertThat(next[0]).isCloseTo(P.update(0.9, true), within(1e-12));
        assertThat(next[1]).isCloseTo(P.update(0.3, true), within(1e-12));
    }

    @Test
    void wrongAnswerOnAMultiSkillItemIsBlamedMostlyOnTheWeakerSkill() {
        double[] next = ResponseModel.update(new BktParameters[] {P, P}, new double[] {0.9, 0.3}, 0, false);
        // skill 1: Q = 0.41, L_known = 1 - 0.9 * 0.41 = 0.631, L_unknown = 1 - 0.2 * 0.41 = 0.918
        //   posterior = 0.9 * 0.631 / (0.9 * 0.631 + 0.1 * 0.918) = 0.5679 / 0.6597, then learning
        double posterior1 = 0.5679 / 0.6597;
        assertThat(next[0]).isCloseTo(posterior1 + (1 - posterior1) * 0.2, within(1e-12)); // 0.888677
        // skill 2: Q = 0.83, L_known = 1 - 0.9 * 0.83 = 0.253, L_unknown = 1 - 0.2 * 0.83 = 0.834
        double posterior2 = 0.3 * 0.253 / 0.6597;
        assertThat(next[1]).isCloseTo(posterior2 + (1 - posterior2) * 0.2, within(1e-12)); // 0.292042
        // Alone, the same wrong answer would have dropped the strong skill to 0.62.
        assertThat(next[0]).isGreaterThan(P.update(0.9, false) + 0.25);
    }

    @Test
    void difficultyEntersThroughTheShiftedGuessAndSlip() {
        BktParameters hard = P.forItem(1.2);
        assertThat(ResponseModel.pCorrect(new BktParameters[] {P}, new double[] {0.5}, 1.2))
                .isEqualTo(hard.pCorrect(0.5));
        assertThat(ResponseModel.update(new BktParameters[] {P}, new double[] {0.5}, 1.2, true)[0])
                .isCloseTo(hard.update(0.5, true), within(1e-15));
    }
}
