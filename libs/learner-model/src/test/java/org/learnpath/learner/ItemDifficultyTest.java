package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ItemDifficultyTest {

    static final EloParameters ELO = EloParameters.DEFAULT; // K(n) = 0.4 / (1 + 0.05 n)

    @Test
    void stepSizeShrinksWithTheNumberOfAnswers() {
        assertThat(ELO.stepSize(0)).isEqualTo(0.4);
        assertThat(ELO.stepSize(20)).isCloseTo(0.2, within(1e-15));
        assertThat(ELO.stepSize(180)).isCloseTo(0.04, within(1e-15));
    }

    @Test
    void moreSuccessThanPredictedMakesTheItemEasierLessMakesItHarder() {
        ItemDifficulty item = ItemDifficulty.fromPrior("i", 0.0);
        // d' = 0 + 0.4 * (0.6 - 1) = -0.16 ; d' = 0 + 0.4 * (0.6 - 0) = 0.24
        assertThat(item.afterAnswer(true, 0.6, ELO).difficulty()).isCloseTo(-0.16, within(1e-15));
        ItemDifficulty harder = item.afterAnswer(false, 0.6, ELO);
        assertThat(harder.difficulty()).isCloseTo(0.24, within(1e-15));
        assertThat(harder.answerCount()).isEqualTo(1);
        assertThat(harder.priorDifficulty()).isEqualTo(0.0);
        // Second answer: step 0.4 / 1.05
        assertThat(harder.afterAnswer(false, 0.5, ELO).difficulty()).isCloseTo(0.24 + 0.4 / 1.05 * 0.5, within(1e-15));
    }

    @Test
    void staysWithinTheSchemaRange() {
        ItemDifficulty item = ItemDifficulty.fromPrior("i", 3.9);
        for (int i = 0; i < 10; i++) {
            item = item.afterAnswer(false, 0.99, ELO);
        }
        assertThat(item.difficulty()).isEqualTo(4.0);
    }

    @Test
    void calibratesAnAuthorsWrongGuessTowardsTheTrueDifficulty() {
        // Learners of known mastery answer an item whose author said 0 but which is really +1.2.
        BktParameters p = BktParametersTest.P;
        Random random = new Random(11);
        ItemDifficulty item = ItemDifficulty.fromPrior("i", 0.0);
        for (int n = 0; n < 3_000; n++) {
            double mastery = random.nextDouble();
            boolean correct = random.nextDouble() < p.forItem(1.2).pCorrect(mastery);
            double predicted = p.forItem(item.difficulty()).pCorrect(mastery);
            item = item.afterAnswer(correct, predicted, ELO);
        }
        assertThat(item.difficulty()).isCloseTo(1.2, within(0.25));
    }
}
