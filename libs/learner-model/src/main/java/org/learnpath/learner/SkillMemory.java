package org.learnpath.learner;

import java.time.Instant;
import java.util.Objects;

/**
 * The memory of one learnt skill of one learner, as of its last answer (see {@link MemoryModel}). Like
 * {@link SkillMastery} it is stored as of the last answer and read at any later time ({@link MemoryModel#recall}), so
 * it needs no timer and is a pure function of the skill's answers.
 *
 * @param stabilityDays     how slowly recall fades: {@code t} days after {@code reviewedAt} it is
 *                          {@code recall * exp(-t / stabilityDays)}
 * @param recall            P(recalled) right after the last answer: what that answer showed (Bayes' rule) plus what
 *                          it may have taught
 * @param reviewedAt        time of the last answer that moved the memory
 * @param successfulReviews right answers since the memory started
 * @param lapses            wrong answers since the memory started (each may have been a lapse or a slip)
 */
public record SkillMemory(double stabilityDays, double recall, Instant reviewedAt, int successfulReviews,
        int lapses) {

    public SkillMemory {
        if (!(stabilityDays > 0) || Double.isInfinite(stabilityDays)) {
            throw new IllegalArgumentException("stabilityDays must be a finite number > 0, was " + stabilityDays);
        }
        if (!(recall >= 0 && recall <= 1)) {
            throw new IllegalArgumentException("recall must be within [0, 1], was " + recall);
        }
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        if (successfulReviews < 0 || lapses < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }
}
