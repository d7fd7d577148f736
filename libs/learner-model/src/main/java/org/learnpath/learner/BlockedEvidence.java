package org.learnpath.learner;

/**
 * Evidence that a prerequisite gap blocks a skill, from the skill's own answers: the log likelihood ratio of two
 * hypotheses about the answers seen while it was being learnt.
 *
 * <ul>
 *   <li><b>blocked</b>: a skill of a module the skill's module builds on is in fact not known, so the skill cannot
 *       be learnt yet and every answer to it is right only by a guess: {@code P(correct) = guess''}, the item's
 *       guess with difficulty and guessing floor ({@link BktParameters#forItem(double, double)});</li>
 *   <li><b>traced</b>: the ordinary BKT trace, {@code P(correct) = pCorrect(m)} with {@code m} the mastery the model
 *       held just before the answer, at the same (tracing) difficulty.</li>
 * </ul>
 *
 * Each answer adds {@code w * (log P(answer | blocked) - log P(answer | traced))}, {@code w} the answer's weight
 * (a repeated answer counts as a tempered likelihood, as in {@link ResponseModel}). Because the traced term is the
 * model's own sequential prediction, the sum is exactly {@code log P(all answers | blocked) - log P(all answers |
 * traced)}: a Bayes factor, to be multiplied with a prior on the gap where the graph is known (the planner), never
 * pushed along edges into other skills' masteries, which would count the same answers twice.
 *
 * <p>Rules, each because the hypothesis stops meaning something otherwise:
 * <ul>
 *   <li>only single-skill answers count: on a conjunctive item a failure may be any skill's, and the blocked
 *       hypothesis for the item would need the other skills' own gaps; such answers leave the ratio unchanged;</li>
 *   <li>only answers given while the skill was not learnt count ({@code mastery} before the answer below
 *       {@link #LEARNT_FROM}): once the answers have shown the skill, a gap below it is refuted by the learning
 *       itself, and the ratio of a learnt skill is reset to 0 so that later slips on it (which reviews handle) start
 *       from no doubt rather than from a large negative balance banked while it was being shown.</li>
 * </ul>
 */
public final class BlockedEvidence {

    /**
     * Mastery from which a skill counts as shown for this purpose (the usual BKT mastery criterion, the planner's
     * default threshold); the model has no planner configuration, and a fixed level keeps the ratio a function of the
     * answers and the model's parameters alone.
     */
    public static final double LEARNT_FROM = 0.95;

    private static final double EPSILON = 1e-12;

    private BlockedEvidence() {
    }

    /**
     * The ratio after one answer.
     *
     * @param ratio      the ratio before the answer
     * @param item       the skill's parameters for the item ({@code forItem(tracedDifficulty, guessFloor)})
     * @param mastery    the skill's mastery just before the answer (forgetting applied)
     * @param correct    the answer
     * @param weight     the answer's weight in (0, 1]
     * @param singleSkill whether the item measures this skill alone
     * @param newMastery the skill's mastery after the answer (learning transition included)
     */
    public static double next(double ratio, BktParameters item, double mastery, boolean correct, double weight,
            boolean singleSkill, double newMastery) {
        if (newMastery >= LEARNT_FROM) {
            return 0;
        }
        if (!singleSkill || mastery >= LEARNT_FROM) {
            return ratio;
        }
        return ratio + weight * increment(item, mastery, correct);
    }

    /** {@code log P(answer | blocked) - log P(answer | traced)} for one answer. */
    public static double increment(BktParameters item, double mastery, boolean correct) {
        double blocked = clamp(item.guess());
        double traced = clamp(item.pCorrect(mastery));
        return correct ? Math.log(blocked / traced) : Math.log((1 - blocked) / (1 - traced));
    }

    /**
     * The posterior probability that a prerequisite gap blocks a skill: prior odds times the Bayes factor
     * {@code exp(ratio)}.
     */
    public static double posterior(double priorGap, double ratio) {
        if (priorGap <= 0) {
            return 0;
        }
        if (priorGap >= 1) {
            return 1;
        }
        double logOdds = Math.log(priorGap / (1 - priorGap)) + ratio;
        return 1 / (1 + Math.exp(-logOdds));
    }

    private static double clamp(double p) {
        return Math.min(1 - EPSILON, Math.max(EPSILON, p));
    }
}
