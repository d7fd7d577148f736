package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryModelTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final MemoryParameters P = new MemoryParameters(2, 20, 2, 0.5);
    static final MemoryModel MODEL = new MemoryModel(P, 0.95);
    /** An open-answer item of average difficulty: guess 0.1, slip 0.1, learn 0.2. */
    static final BktParameters OPEN = new BktParameters(0.3, 0.2, 0.1, 0.1);

    static Instant days(double days) {
        return T0.plusSeconds(Math.round(days * 86_400));
    }

    @Test
    void recallFadesExponentiallyFromWhatTheLastAnswerLeft() {
        SkillMemory memory = MODEL.start(T0, 0.96, false);
        assertThat(memory.stabilityDays()).isEqualTo(2);
        assertThat(MODEL.recall(memory, T0)).isEqualTo(0.96);
        assertThat(MODEL.recall(memory, days(2))).isCloseTo(0.96 / Math.E, within(1e-9));
        assertThat(MODEL.recall(memory, days(4))).isCloseTo(0.96 / Math.E / Math.E, within(1e-9));
        // Reading before the last answer counts as no time elapsed.
        assertThat(MODEL.recall(memory, days(-1))).isEqualTo(0.96);
        assertThat(MODEL.start(T0, 0.97, true).stabilityDays()).isEqualTo(20);
    }

    @Test
    void aReviewFallsDueWhenRecallReachesTheTarget() {
        SkillMemory memory = MODEL.start(T0, 0.96, false);
        // 0.96 exp(-t / 2) = 0.9  =>  t = 2 ln(0.96 / 0.9) = 0.12908 days = 3.098 hours
        Instant due = MODEL.reviewDue(memory, 0.9);
        assertThat(Duration.between(T0, due).toSeconds()).isCloseTo(Math.round(2 * Math.log(0.96 / 0.9) * 86_400),
                within(1L));
        assertThat(MODEL.recall(memory, due)).isLessThanOrEqualTo(0.9);
        assertThat(MODEL.recall(memory, due.minusSeconds(60))).isGreaterThan(0.9);
        assertThat(MODEL.due(memory, due, 0.9)).isTrue();
        assertThat(MODEL.due(memory, due.minusSeconds(1), 0.9)).isFalse();
        // A lower target waits longer; recall already at or below the target is due at once.
        assertThat(MODEL.reviewDue(memory, 0.8)).isAfter(due);
        SkillMemory doubtful = new SkillMemory(5, 0.85, T0, 3, 1);
        assertThat(MODEL.reviewDue(doubtful, 0.9)).isEqualTo(T0);
        assertThatThrownBy(() -> MODEL.reviewDue(memory, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMinimumGapPostponesReviewsOfARecalledSkillButNotOfALapsedOne() {
        SkillMemory memory = MODEL.start(T0, 0.96, false);
        assertThat(MODEL.reviewDue(memory, 0.9, Duration.ofDays(1))).isEqualTo(days(1));
        SkillMemory strong = new SkillMemory(30, 0.99, T0, 5, 0);
        assertThat(MODEL.reviewDue(strong, 0.9, Duration.ofDays(1))).isEqualTo(MODEL.reviewDue(strong, 0.9));
        SkillMemory lapsed = MODEL.afterAnswer(memory, false, false, days(0.05), OPEN);
        assertThat(MODEL.reviewDue(lapsed, 0.9, Duration.ofDays(1))).isEqualTo(lapsed.reviewedAt());
    }

    @Test
    void aSpacedRightAnswerStrengthensMemoryMoreThanAMassedOne() {
        SkillMemory memory = MODEL.start(T0, 0.96, false);
        SkillMemory massed = MODEL.afterAnswer(memory, true, false, T0.plusSeconds(60), OPEN);
        SkillMemory spaced = MODEL.afterAnswer(memory, true, false, days(2), OPEN);
        // Massed: retrievability exp(-1 min / 2 days), almost no gain. Spaced: 2 * (1 + 2 * (1 - 1/e)) = 4.53 days.
        assertThat(massed.stabilityDays()).isCloseTo(2 * (1 + 2 * (1 - Math.exp(-60 / 86_400.0 / 2))), within(1e-12));
        assertThat(massed.stabilityDays()).isLessThan(2.002);
        assertThat(spaced.stabilityDays()).isCloseTo(2 * (1 + 2 * (1 - Math.exp(-1))), within(1e-9));
        assertThat(spaced.successfulReviews()).isEqualTo(1);
        assertThat(spaced.reviewedAt()).isEqualTo(days(2));
        // Recall after it: Bayes with prior 0.96/e = 0.353 (right: 0.9 vs 0.1), then learn 0.2: 0.831 + 0.169 * 0.2.
        double prior = 0.96 * Math.exp(-1);
        double posterior = prior * 0.9 / (prior * 0.9 + (1 - prior) * 0.1);
        assertThat(spaced.recall()).isCloseTo(posterior + (1 - posterior) * 0.2, within(1e-12));
        // The doubt a right answer leaves brings the next review forward: due sooner than a certain recall would be.
        assertThat(MODEL.reviewDue(spaced, 0.9)).isBefore(days(2 + 4.53 * Math.log(1 / 0.9)));
    }

    @Test
    void aWrongAnswerShrinksStabilityAsFarAsItWasLikelyALapseAndLeavesTheSkillDue() {
        SkillMemory memory = new SkillMemory(10, 0.99, T0, 4, 0);
        SkillMemory early = MODEL.afterAnswer(memory, false, false, T0.plusSeconds(600), OPEN);
        SkillMemory late = MODEL.afterAnswer(memory, false, false, days(20), OPEN);
        // Ten minutes after a review a wrong answer is mostly a slip; twenty days after, mostly a lapse.
        double recallEarly = 0.99 * Math.exp(-600 / 86_400.0 / 10);
        double lapseEarly = (1 - recallEarly) * 0.9 / ((1 - recallEarly) * 0.9 + recallEarly * 0.1);
        assertThat(early.stabilityDays()).isCloseTo(10 * (1 - lapseEarly * 0.5), within(1e-9));
        assertThat(late.stabilityDays()).isLessThan(early.stabilityDays());
        assertThat(late.stabilityDays()).isCloseTo(5, within(0.2));
        assertThat(late.lapses()).isEqualTo(1);
        assertThat(late.successfulReviews()).isEqualTo(4);
        assertThat(MODEL.due(late, late.reviewedAt(), 0.9)).isTrue();
        // Never below the floor, and a memory already shorter than the floor is not raised to it.
        SkillMemory weak = new SkillMemory(0.15, 0.2, T0, 0, 3);
        assertThat(MODEL.afterAnswer(weak, false, false, days(5), OPEN).stabilityDays())
                .isEqualTo(MemoryModel.MIN_STABILITY_DAYS);
        SkillMemory tiny = new SkillMemory(0.05, 0.2, T0, 0, 3);
        assertThat(MODEL.afterAnswer(tiny, false, false, days(5), OPEN).stabilityDays()).isEqualTo(0.05);
    }

    @Test
    void aWrongAnswerToSeveralSkillsLeavesTheMemoryAloneAndARightOneCounts() {
        SkillMemory memory = new SkillMemory(10, 0.99, T0, 4, 0);
        assertThat(MODEL.afterAnswer(memory, false, true, days(3), OPEN)).isSameAs(memory);
        SkillMemory right = MODEL.afterAnswer(memory, true, true, days(3), OPEN);
        assertThat(right).isEqualTo(MODEL.afterAnswer(memory, true, false, days(3), OPEN));
    }

    @Test
    void aLateAnswerDoesNotMoveTheClockBack() {
        SkillMemory memory = new SkillMemory(10, 0.99, days(5), 4, 0);
        SkillMemory late = MODEL.afterAnswer(memory, true, false, days(4), OPEN);
        assertThat(late.reviewedAt()).isEqualTo(days(5));
        assertThat(late.stabilityDays()).isEqualTo(10); // no time elapsed: retrievability 1, no gain
    }

    @Test
    void memoryStartsWhenMasteryReachesTheThresholdAndReplaysAsItWasBuiltAnswerByAnswer() {
        List<MemoryModel.Answer> answers = new ArrayList<>(List.of(
                new MemoryModel.Answer(T0, false, false, 0.40, OPEN),
                new MemoryModel.Answer(T0.plusSeconds(60), true, false, 0.80, OPEN),
                new MemoryModel.Answer(T0.plusSeconds(120), true, true, 0.93, OPEN)));
        assertThat(MODEL.replay(answers)).isEmpty();
        answers.add(new MemoryModel.Answer(T0.plusSeconds(180), true, false, 0.97, OPEN));
        SkillMemory started = MODEL.replay(answers).orElseThrow();
        // A wrong answer before: learnt here, so the learnt stability; recall starts at the mastery that got there.
        assertThat(started).isEqualTo(new SkillMemory(2, 0.97, T0.plusSeconds(180), 0, 0));
        answers.add(new MemoryModel.Answer(days(1), true, false, 0.99, OPEN));
        answers.add(new MemoryModel.Answer(days(3), false, false, 0.96, OPEN));
        answers.add(new MemoryModel.Answer(days(3).plusSeconds(60), true, false, 0.98, OPEN));

        SkillMemory incremental = null;
        boolean wrong = false;
        for (MemoryModel.Answer answer : answers) {
            incremental = MODEL.next(incremental, answer, wrong);
            wrong |= !answer.correct();
        }
        SkillMemory replayed = MODEL.replay(answers).orElseThrow();
        assertThat(incremental).isEqualTo(replayed);
        assertThat(MODEL.replay(answers)).contains(replayed);
        assertThat(replayed.successfulReviews()).isEqualTo(2);
        assertThat(replayed.lapses()).isEqualTo(1);

        // Mastered without a wrong answer: most likely known before, the longer stability.
        SkillMemory testedOut = MODEL.replay(List.of(new MemoryModel.Answer(T0, true, false, 0.7, OPEN),
                new MemoryModel.Answer(T0.plusSeconds(60), true, false, 0.96, OPEN))).orElseThrow();
        assertThat(testedOut.stabilityDays()).isEqualTo(20);
    }

    @Test
    void parametersAndStatesAreChecked() {
        assertThatThrownBy(() -> new MemoryParameters(0, 20, 2, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryParameters(2, 20, -1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryParameters(2, 20, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryParameters(2, 20, 2, 1.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SkillMemory(1, 1.2, T0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryModel(P, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
