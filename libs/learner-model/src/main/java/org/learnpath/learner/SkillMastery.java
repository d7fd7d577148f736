package org.learnpath.learner;

import java.time.Instant;
import java.util.Objects;

/**
 * What the model believes about one learner and one skill, as of the learner's last practice of it.
 *
 * @param mastery         P(skill known) right after the last answer, before any forgetting since
 * @param lastPracticedAt time of the last answer that measured the skill; {@code null} if never practised
 * @param practiceCount   answers that measured the skill
 * @param correctCount    of which correct
 */
public record SkillMastery(String skillCode, double mastery, Instant lastPracticedAt, int practiceCount,
        int correctCount) {

    public SkillMastery {
        Objects.requireNonNull(skillCode, "skillCode");
        if (!(mastery >= 0 && mastery <= 1)) {
            throw new IllegalArgumentException("mastery must be within [0, 1], was " + mastery);
        }
        if (practiceCount < 0 || correctCount < 0 || correctCount > practiceCount) {
            throw new IllegalArgumentException("counts must satisfy 0 <= correct <= practice");
        }
        if ((lastPracticedAt == null) != (practiceCount == 0)) {
            throw new IllegalArgumentException("a practised skill has a last practice time, an unpractised one not");
        }
    }

    /** The state of a skill the learner never practised: the population prior. */
    public static SkillMastery unpractised(String skillCode, BktParameters parameters) {
        return new SkillMastery(skillCode, parameters.prior(), null, 0, 0);
    }

    /** Mastery at {@code at}, after forgetting since the last practice (floor: the skill's prior). */
    public double masteryAt(Instant at, BktParameters parameters, Forgetting forgetting) {
        return forgetting.decay(mastery, parameters.prior(), lastPracticedAt, at);
    }

    /**
     * The state after an answer at {@code at} that left mastery at {@code newMastery}. A late answer (before
     * the last practice) does not move the clock back: forgetting is never computed over negative time.
     */
    public SkillMastery afterAnswer(double newMastery, boolean correct, Instant at) {
        Instant last = lastPracticedAt == null || at.isAfter(lastPracticedAt) ? at : lastPracticedAt;
        return new SkillMastery(skillCode, newMastery, last, practiceCount + 1, correctCount + (correct ? 1 : 0));
    }
}
