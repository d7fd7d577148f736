package org.learnpath.learner;

import java.time.Instant;
import java.util.Objects;

/**
 * One skill of a learner as read at a given time.
 *
 * @param mastery         P(known) at the read time, forgetting applied
 * @param lastMastery     P(known) right after the last answer; at or above the mastery threshold it means the
 *                        skill was learnt, and a current mastery below the threshold means it is due for review
 * @param lastPracticedAt {@code null} if never practised
 * @param evidence        P(known) at the read time judged on the answers alone (see {@link SkillMastery#evidence}),
 *                        forgetting applied; the prior if never practised
 * @param memory          the skill's memory (see {@link SkillMastery#memory}); {@code null} if none
 * @param blockedLogRatio the evidence that a prerequisite gap blocks the skill (see
 *                        {@link SkillMastery#blockedLogRatio}); 0 if none
 */
public record SkillEstimate(String skillCode, double mastery, double lastMastery, Instant lastPracticedAt,
        int practiceCount, double evidence, SkillMemory memory, double blockedLogRatio) {

    /** An estimate without evidence of a blocking gap. */
    public SkillEstimate(String skillCode, double mastery, double lastMastery, Instant lastPracticedAt,
            int practiceCount, double evidence, SkillMemory memory) {
        this(skillCode, mastery, lastMastery, lastPracticedAt, practiceCount, evidence, memory, 0);
    }

    /** An estimate without a memory. */
    public SkillEstimate(String skillCode, double mastery, double lastMastery, Instant lastPracticedAt,
            int practiceCount, double evidence) {
        this(skillCode, mastery, lastMastery, lastPracticedAt, practiceCount, evidence, null, 0);
    }

    public SkillEstimate {
        Objects.requireNonNull(skillCode, "skillCode");
    }

    /** A skill never practised: the population prior, with nothing to forget. */
    public static SkillEstimate unpractised(String skillCode, BktParameters parameters) {
        return new SkillEstimate(skillCode, parameters.prior(), parameters.prior(), null, 0, parameters.prior());
    }

    static SkillEstimate of(SkillMastery state, Instant at, BktParameters parameters, Forgetting forgetting) {
        return new SkillEstimate(state.skillCode(), state.masteryAt(at, parameters, forgetting), state.mastery(),
                state.lastPracticedAt(), state.practiceCount(), state.evidenceAt(at, parameters, forgetting),
                state.memory(), state.blockedLogRatio());
    }
}
