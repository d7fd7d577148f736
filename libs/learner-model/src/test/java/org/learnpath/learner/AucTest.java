package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AucTest {

    @Test
    void countsCorrectlyOrderedPairsAndHalfOfTies() {
        boolean[] outcomes = {false, false, true, true};
        assertThat(Auc.of(new double[] {0.1, 0.2, 0.8, 0.9}, outcomes)).isEqualTo(1.0);
        assertThat(Auc.of(new double[] {0.9, 0.8, 0.2, 0.1}, outcomes)).isEqualTo(0.0);
        // positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of 4 pairs ordered correctly
        assertThat(Auc.of(new double[] {0.1, 0.4, 0.35, 0.8}, outcomes)).isEqualTo(0.75);
        assertThat(Auc.of(new double[] {0.5, 0.5, 0.5, 0.5}, outcomes)).isEqualTo(0.5);
        // one tie (0.4 vs 0.4) counts one half: (1 + 0.5 + 1 + 1) / 4
        assertThat(Auc.of(new double[] {0.1, 0.4, 0.4, 0.8}, outcomes)).isEqualTo(0.875);
    }

    @Test
    void isUndefinedWithoutBothClasses() {
        assertThatThrownBy(() -> Auc.of(new double[] {0.1, 0.2}, new boolean[] {true, true}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
