package org.learnpath.learner;

import java.time.Instant;
import java.util.Objects;

/**
 * What the model believes about one learner and one skill, as of the learner's last practice of it.
 *
 * @param mastery         P(skill known) right after the last answer, before any forgetting since: what the answers
 *                        proved plus the chance that the last one taught the skill (BKT's learning transition);
 *                        what planning uses
 * @param evidence        P(skill known) judged on the answers alone: the posterior of the last answer before its
 *                        learning transition, so never more than {@code mastery}; what certification uses, since a
 *                        skill is certified only on what the learner showed, not on what the model expects an
 *                        answer to have taught. The prior for a skill never practised
 * @param lastPracticedAt time of the last answer that measured the skill; {@code null} if never practised
 * @param practiceCount   answers that measured the skill
 * @param correctCount    of which correct
 * @param memory          the skill's memory once it was learnt (its mastery reached the threshold), with a memory
 *                        model ({@link ModelConfig#memory()}); {@code null} before, or without a memory model
 * @param blockedLogRatio the evidence that a prerequisite gap blocks the skill, in nats:
 *                        {@code log P(answers | blocked) - log P(answers | traced)} summed over the skill's
 *                        single-skill answers (see {@link BlockedEvidence}); 0 for no answer. A pure function of the
 *                        answers in replay order, like the rest of the state
 */
public record SkillMastery(String skillCode, double mastery, double evidence, Instant lastPracticedAt,
        int practiceCount, int correctCount, SkillMemory memory, double blockedLogRatio) {

    public SkillMastery {
        Objects.requireNonNull(skillCode, "skillCode");
        if (!(mastery >= 0 && mastery <= 1)) {
            throw new IllegalArgumentException("mastery must be within [0, 1], was " + mastery);
        }
        if (!(evidence >= 0 && evidence <= 1)) {
            throw new IllegalArgumentException("evidence must be within [0, 1], was " + evidence);
        }
        if (practiceCount < 0 || correctCount < 0 || correctCount > practiceCount) {
            throw new IllegalArgumentException("counts must satisfy 0 <= correct <= practice");
        }
        if ((lastPracticedAt == null) != (practiceCount == 0)) {
            throw new IllegalArgumentException("a practised skill has a last practice time, an unpractised one not");
        }
        if (!Double.isFinite(blockedLogRatio)) {
            throw new IllegalArgumentException("blockedLogRatio must be finite, was " + blockedLogRatio);
        }
    }

    /** A state without evidence of a blocking prerequisite gap (ratio 0). */
    public SkillMastery(String skillCode, double mastery, double evidence, Instant lastPracticedAt, int practiceCount,
            int correctCount, SkillMemory memory) {
        this(skillCode, mastery, evidence, lastPracticedAt, practiceCount, correctCount, memory, 0);
    }

    /** A state without a memory (not learnt yet, or no memory model). */
    public SkillMastery(String skillCode, double mastery, double evidence, Instant lastPracticedAt, int practiceCount,
            int correctCount) {
        this(skillCode, mastery, evidence, lastPracticedAt, practiceCount, correctCount, null, 0);
    }

    /** The state of a skill the learner never practised: the population prior. */
    public static SkillMastery unpractised(String skillCode, BktParameters parameters) {
        return new SkillMastery(skillCode, parameters.prior(), parameters.prior(), null, 0, 0);
    }

    /** Mastery at {@code at}, after forgetting since the last practice (floor: the skill's prior). */
    public double masteryAt(Instant at, BktParameters parameters, Forgetting forgetting) {
        return forgetting.decay(mastery, parameters.prior(), lastPracticedAt, at);
    }

    /** Evidence at {@code at}, forgotten at the same rate as mastery (floor: the skill's prior). */
    public double evidenceAt(Instant at, BktParameters parameters, Forgetting forgetting) {
        return forgetting.decay(evidence, parameters.prior(), lastPracticedAt, at);
    }

    /**
     * The state after an answer at {@code at} that proved {@code newEvidence} and left mastery at {@code newMastery}.
     * A late answer (before the last practice) does not move the clock back: forgetting is never computed over
     * negative time.
     */
    public SkillMastery afterAnswer(double newMastery, double newEvidence, boolean correct, Instant at) {
        Instant last = lastPracticedAt == null || at.isAfter(lastPracticedAt) ? at : lastPracticedAt;
        return new SkillMastery(skillCode, newMastery, newEvidence, last, practiceCount + 1,
                correctCount + (correct ? 1 : 0), memory, blockedLogRatio);
    }

    /** This state with {@code value} as its memory. */
    public SkillMastery withMemory(SkillMemory value) {
        return new SkillMastery(skillCode, mastery, evidence, lastPracticedAt, practiceCount, correctCount, value,
                blockedLogRatio);
    }

    /** This state with {@code value} as its blocked log likelihood ratio. */
    public SkillMastery withBlockedLogRatio(double value) {
        return new SkillMastery(skillCode, mastery, evidence, lastPracticedAt, practiceCount, correctCount, memory,
                value);
    }

    /** Whether any answer to the skill so far was wrong. */
    boolean anyWrong() {
        return correctCount < practiceCount;
    }
}
