package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The blocked-by-a-gap log likelihood ratio: its update, its rules, and how the model keeps it. */
class BlockedEvidenceTest {

    static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    static final ModelConfig CONFIG = ModelConfig.defaults().withForgetting(Forgetting.NONE); // 0.2/0.15/0.2/0.1
    static final BktParameters ITEM = new BktParameters(0.2, 0.15, 0.2, 0.1);

    @Test
    void anAnswerAddsLogPOfItUnderBlockedMinusLogPOfItUnderTheTrace() {
        // Traced P(correct) at mastery 0.3: 0.3 * 0.9 + 0.7 * 0.2 = 0.41; blocked: the guess, 0.2.
        assertThat(BlockedEvidence.increment(ITEM, 0.3, false)).isCloseTo(Math.log(0.8 / 0.59), within(1e-12));
        assertThat(BlockedEvidence.increment(ITEM, 0.3, true)).isCloseTo(Math.log(0.2 / 0.41), within(1e-12));
        // A learner the model believes does not know the skill at all predicts the same as blocked: no evidence.
        assertThat(BlockedEvidence.increment(ITEM, 0, false)).isCloseTo(0, within(1e-12));
        // The item's difficulty and floor enter through its guess: a four-option item is guessed more often.
        BktParameters floored = ITEM.forItem(1.0, 0.25);
        assertThat(BlockedEvidence.increment(floored, 0.3, true))
                .isCloseTo(Math.log(floored.guess() / floored.pCorrect(0.3)), within(1e-12));
    }

    @Test
    void repeatedAnswersCountTemperedMultiSkillAnswersNotAndALearntSkillStartsAgainFromZero() {
        double step = BlockedEvidence.increment(ITEM, 0.3, false);
        assertThat(BlockedEvidence.next(1.0, ITEM, 0.3, false, 0.5, true, 0.4)).isCloseTo(1 + 0.5 * step,
                within(1e-12));
        assertThat(BlockedEvidence.next(1.0, ITEM, 0.3, false, 1, false, 0.4)).isEqualTo(1.0);
        assertThat(BlockedEvidence.next(1.0, ITEM, 0.9, true, 1, true, 0.97)).isEqualTo(0.0);
        assertThat(BlockedEvidence.next(0.0, ITEM, 0.97, false, 1, true, 0.9)).isEqualTo(0.0);
    }

    @Test
    void posteriorIsPriorOddsTimesTheBayesFactor() {
        assertThat(BlockedEvidence.posterior(0.01, 0)).isCloseTo(0.01, within(1e-12));
        assertThat(BlockedEvidence.posterior(0.01, Math.log(99))).isCloseTo(0.5, within(1e-12));
        assertThat(BlockedEvidence.posterior(0, 50)).isZero();
    }

    @Test
    void theModelAccumulatesTheRatioOverSingleSkillAnswersAtTheTracingDifficulty() {
        LearnerModel model = new LearnerModel(CONFIG);
        double expected = 0;
        double mastery = CONFIG.parameters("s").prior();
        for (int i = 0; i < 5; i++) {
            BktParameters item = CONFIG.parameters("s").forItem(0.5, 0.25);
            expected += BlockedEvidence.increment(item, mastery, false);
            model.apply(answer("e" + i, "s-item" + i, List.of("s"), false, T0.plusSeconds(60L * i), 0.5, 0.25));
            mastery = model.skillState("ann", "s").orElseThrow().mastery();
        }
        SkillMastery state = model.skillState("ann", "s").orElseThrow();
        assertThat(state.blockedLogRatio()).isPositive().isCloseTo(expected, within(1e-12));
        assertThat(model.snapshot("ann", T0.plus(Duration.ofDays(1))).skill("s").orElseThrow().blockedLogRatio())
                .isEqualTo(state.blockedLogRatio());

        // A two-skill item leaves both ratios alone.
        model.apply(answer("m", "st-item", List.of("s", "t"), false, T0.plusSeconds(600), 0, 0));
        assertThat(model.skillState("ann", "s").orElseThrow().blockedLogRatio()).isEqualTo(state.blockedLogRatio());
        assertThat(model.skillState("ann", "t").orElseThrow().blockedLogRatio()).isZero();

        // Right answers until the skill is shown: the ratio falls, then is 0 once it is learnt.
        for (int i = 0; i < 30 && model.skillState("ann", "s").orElseThrow().mastery() < 0.95; i++) {
            model.apply(answer("r" + i, "s-item" + i, List.of("s"), true, T0.plusSeconds(1_000L + 60L * i), 0.5,
                    0.25));
        }
        assertThat(model.skillState("ann", "s").orElseThrow().mastery()).isGreaterThanOrEqualTo(0.95);
        assertThat(model.skillState("ann", "s").orElseThrow().blockedLogRatio()).isZero();
    }

    @Test
    void theRatioIsReplayable() {
        Random random = new Random(5);
        List<AnswerObservation> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(answer("e" + i, "item" + random.nextInt(5), List.of(random.nextBoolean() ? "s" : "t"),
                    random.nextDouble() < 0.3, T0.plusSeconds(60L * i), random.nextGaussian(), 0.25));
        }
        LearnerModel inOrder = new LearnerModel(CONFIG);
        answers.forEach(inOrder::apply);
        Collections.shuffle(answers, random);
        LearnerModel replayed = new LearnerModel(CONFIG);
        replayed.replay(answers);
        assertThat(replayed.skillStates("ann")).isEqualTo(inOrder.skillStates("ann"));
        assertThat(inOrder.skillStates("ann").values()).anyMatch(s -> s.blockedLogRatio() != 0);
    }

    @Test
    void theOldConstructorsKeepNoDoubt() {
        SkillMastery state = new SkillMastery("s", 0.4, 0.4, T0, 2, 1);
        assertThat(state.blockedLogRatio()).isZero();
        assertThat(state.withBlockedLogRatio(1.5).withMemory(null).afterAnswer(0.5, 0.45, true, T0.plusSeconds(1))
                .blockedLogRatio()).isEqualTo(1.5);
        assertThat(new SkillEstimate("s", 0.4, 0.4, T0, 2, 0.4).blockedLogRatio()).isZero();
    }

    static AnswerObservation answer(String id, String item, List<String> skills, boolean correct, Instant at,
            double difficulty, double guessFloor) {
        return new AnswerObservation(id, "ann", item, skills, correct, at, difficulty, 1, guessFloor);
    }
}
