package org.learnpath.learner;

/**
 * The probability model of one answer, shared by prediction, tracing and simulation so that they agree.
 *
 * <p>For an item of logit difficulty {@code d} (0 = average item) measuring skills {@code s = 1..k}, each
 * skill's guess and slip are shifted by the difficulty ({@link BktParameters#forItem}):
 *
 * <pre>
 *   guess_s(d) = sigmoid(logit(guess_s) - d)        slip_s(d) = sigmoid(logit(slip_s) + d)
 *   q_s        = m_s * (1 - slip_s(d)) + (1 - m_s) * guess_s(d)      BKT's own P(correct) for skill s
 *   P(correct) = q_1 * q_2 * ... * q_k                               every skill must succeed (conjunctive)
 * </pre>
 *
 * <p>With one skill and {@code d = 0} this is plain BKT, {@code m(1 - slip) + (1 - m) guess}, which is also
 * what {@link BktFitter} fits. The difficulty moves guess and slip in opposite directions on the logit scale
 * (as in KT-IDEM, Pardos and Heffernan 2011), so the same mastery predicts less success on harder items.
 *
 * <p>Update for skill s after the answer, with {@code Q = product of q_o over the other skills} (1 for a
 * single-skill item):
 *
 * <pre>
 *   correct:   L_known = (1 - slip_s(d)) Q          L_unknown = guess_s(d) Q
 *   incorrect: L_known = 1 - (1 - slip_s(d)) Q      L_unknown = 1 - guess_s(d) Q
 *   posterior  = m_s L_known / (m_s L_known + (1 - m_s) L_unknown),   then  m_s' = posterior + (1 - posterior) learn_s
 * </pre>
 *
 * A correct answer proves every skill the same way ({@code Q} cancels); a wrong answer on a multi-skill item is
 * blamed mostly on the skill that is least likely to have succeeded. Cost: O(k) per answer, O(1) per skill.
 *
 * <p><b>Weaker evidence.</b> An answer with weight {@code w} in (0, 1] (a learner's repeated answer to an item they
 * have seen, with its key, before) counts as a tempered likelihood: {@code L_known^w} and {@code L_unknown^w}, so it
 * moves the log-odds of knowing by {@code w} times what the same answer moves them as a first answer; and its
 * learning transition is {@code w * learn_s}, since answering an item again teaches less than meeting it.
 * {@code w = 1} is the update above, exactly.
 *
 * <p><b>Guessing floor.</b> An item's format sets how often a blind pick is right ({@code guessFloor} c: 1/k for
 * single choice among k options, 0 for an open answer). A learner whose attempt fails still picks the key that often,
 * so {@code guess_s(d)} becomes {@code c + (1 - c) guess_s(d)} and {@code slip_s(d)} becomes {@code (1 - c) slip_s(d)}
 * ({@link BktParameters#forItem(double, double)}), and no single right answer to a hard multiple-choice item counts as
 * more evidence than its format allows (a likelihood ratio of at most 1/c). A floor of 0 leaves everything above
 * unchanged.
 *
 * <p><b>Evidence and learning.</b> {@link #posteriors} is what the answer proves (Bayes' rule only); {@link #learn}
 * adds the learning transition. Certification judges the first, planning the second (see {@link SkillMastery}).
 */
public final class ResponseModel {

    private ResponseModel() {
    }

    /** P(correct) on an item of {@code difficulty} measuring skills with these parameters and masteries. */
    public static double pCorrect(BktParameters[] skills, double[] masteries, double difficulty) {
        return pCorrect(skills, masteries, difficulty, 0);
    }

    /** P(correct) on an item of {@code difficulty} and guessing floor {@code guessFloor}. */
    public static double pCorrect(BktParameters[] skills, double[] masteries, double difficulty, double guessFloor) {
        double p = 1;
        for (int i = 0; i < skills.length; i++) {
            p *= skills[i].forItem(difficulty, guessFloor).pCorrect(masteries[i]);
        }
        return p;
    }

    /** Masteries after the answer: each skill's posterior, then its learning transition. */
    public static double[] update(BktParameters[] skills, double[] masteries, double difficulty, boolean correct) {
        return update(skills, masteries, difficulty, correct, 1);
    }

    /** Masteries after an answer that counts with {@code weight} in (0, 1] (see the class comment). */
    public static double[] update(BktParameters[] skills, double[] masteries, double difficulty, boolean correct,
            double weight) {
        double[] next = posteriors(skills, masteries, difficulty, 0, correct, weight);
        for (int i = 0; i < next.length; i++) {
            next[i] = learn(skills[i], next[i], weight);
        }
        return next;
    }

    /**
     * Each skill's P(known) given the answer, before any learning at this opportunity: what the answer proves.
     *
     * @param guessFloor P(correct) of a blind pick in the item's format (0 for an open answer)
     * @param weight     the answer's weight in (0, 1] (see the class comment)
     */
    public static double[] posteriors(BktParameters[] skills, double[] masteries, double difficulty,
            double guessFloor, boolean correct, double weight) {
        int k = skills.length;
        BktParameters[] item = new BktParameters[k];
        double[] success = new double[k];
        for (int i = 0; i < k; i++) {
            item[i] = skills[i].forItem(difficulty, guessFloor);
            success[i] = item[i].pCorrect(masteries[i]);
        }
        double[] posteriors = new double[k];
        for (int i = 0; i < k; i++) {
            double others = 1;
            for (int j = 0; j < k; j++) {
                if (j != i) {
                    others *= success[j];
                }
            }
            double slip = item[i].slip();
            double guess = item[i].guess();
            // 1 - (1 - slip) Q written as slip + (1 - slip)(1 - Q): identical, but exactly BKT's slip when Q = 1.
            double likelihoodKnown = correct ? (1 - slip) * others : slip + (1 - slip) * (1 - others);
            double likelihoodUnknown = correct ? guess * others : (1 - guess) + guess * (1 - others);
            if (weight < 1) {
                likelihoodKnown = Math.pow(likelihoodKnown, weight);
                likelihoodUnknown = Math.pow(likelihoodUnknown, weight);
            }
            posteriors[i] = BktParameters.normalize(masteries[i], masteries[i] * likelihoodKnown,
                    (1 - masteries[i]) * likelihoodUnknown);
        }
        return posteriors;
    }

    /** The learning transition after an answer of {@code weight}: {@code p + (1 - p) * learn * weight}. */
    public static double learn(BktParameters skill, double posterior, double weight) {
        return weight < 1 ? posterior + (1 - posterior) * skill.learn() * weight : skill.learn(posterior);
    }
}
