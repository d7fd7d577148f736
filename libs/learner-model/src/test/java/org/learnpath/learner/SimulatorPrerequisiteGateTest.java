package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learnpath.learner.LearnerSimulator.Item;
import org.learnpath.learner.LearnerSimulator.SimulatedLearner;

/** {@link SimulatorRealism#learningNeedsPrerequisites()}: the truth learns a skill only on known prerequisites. */
class SimulatorPrerequisiteGateTest {

    static final LearnerSimulator OLD = SimulatorEquivalenceTest.legacySimulator();
    static final LearnerSimulator GATED =
            OLD.withRealism(SimulatorRealism.NONE.withLearningNeedsPrerequisites(true));
    // numpy-fundamentals (numpy-arrays) requires python-for-data-analysis (python-essentials).
    static final Item NUMPY = new Item("numpy-arrays/x", List.of("numpy-arrays"), 0, 0);

    static boolean learns(LearnerSimulator simulator, Set<String> known, long seed) {
        SimulatedLearner learner = simulator.learner("g", known, seed);
        for (int i = 0; i < 200; i++) {
            simulator.answer(learner, NUMPY);
        }
        return learner.knows("numpy-arrays");
    }

    @Test
    void aSkillWhosePrerequisiteIsNotTrulyKnownIsNeverLearnt() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(learns(GATED, Set.of(), seed)).isFalse();
            assertThat(learns(GATED, Set.of("python-essentials"), seed)).isTrue();
            assertThat(learns(OLD, Set.of(), seed)).isTrue();
        }
    }

    @Test
    void theSwitchIsOffInTheNamedSettingsAndKeptByTheOtherSwitches() {
        assertThat(SimulatorRealism.NONE.learningNeedsPrerequisites()).isFalse();
        assertThat(SimulatorRealism.REALISTIC.learningNeedsPrerequisites()).isFalse();
        SimulatorRealism gated = SimulatorRealism.REALISTIC.withLearningNeedsPrerequisites(true);
        assertThat(gated.withAbilitySd(0.2).withForgetting(0, 0, 0).withSoftPrerequisiteRate(0)
                .learningNeedsPrerequisites()).isTrue();
    }
}
