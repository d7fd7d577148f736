package org.learnpath.learner;

/**
 * The four Bayesian Knowledge Tracing parameters of one skill (Corbett and Anderson, 1995).
 *
 * <ul>
 *   <li>{@code prior} P(L0): probability that a learner knows the skill before practising it;</li>
 *   <li>{@code learn} P(T): probability of moving from "not known" to "known" at one practice opportunity;</li>
 *   <li>{@code guess} P(G): probability of answering correctly without knowing the skill;</li>
 *   <li>{@code slip} P(S): probability of answering incorrectly although the skill is known.</li>
 * </ul>
 *
 * <p>{@code guess + slip < 1} is required: at equality a correct answer is exactly as likely whether the skill is
 * known or not, so answers carry no evidence; above it a correct answer would count as evidence of not knowing.
 */
public record BktParameters(double prior, double learn, double guess, double slip) {

    public BktParameters {
        requireProbability("prior", prior);
        requireProbability("learn", learn);
        requireProbability("guess", guess);
        requireProbability("slip", slip);
        if (guess + slip >= 1) {
            throw new IllegalArgumentException("guess + slip must be below 1 (answers must carry evidence), was "
                    + guess + " + " + slip);
        }
    }

    /** P(correct) for a learner whose probability of knowing the skill is {@code mastery}. */
    public double pCorrect(double mastery) {
        return mastery * (1 - slip) + (1 - mastery) * guess;
    }

    /** P(known | answer): Bayes' rule on one answer, before any learning at this opportunity. */
    public double posterior(double mastery, boolean correct) {
        double known = mastery * (correct ? 1 - slip : slip);
        double unknown = (1 - mastery) * (correct ? guess : 1 - guess);
        return normalize(mastery, known, unknown);
    }

    /** The learning transition after an opportunity: a learner who did not know the skill may have learnt it. */
    public double learn(double mastery) {
        return mastery + (1 - mastery) * learn;
    }

    /** One BKT step: posterior given the answer, then the learning transition. O(1). */
    public double update(double mastery, boolean correct) {
        return learn(posterior(mastery, correct));
    }

    /**
     * These parameters as they apply to an item of logit difficulty {@code difficulty} (0 = an average item,
     * positive = harder): {@code guess' = sigmoid(logit(guess) - d)}, {@code slip' = sigmoid(logit(slip) + d)}.
     * A harder item is harder to guess and easier to slip on, so a correct answer on it is stronger evidence of
     * knowing and a wrong answer weaker evidence of not knowing. Prior and learning rate are unchanged. The shift
     * keeps {@code logit(guess') + logit(slip') = logit(guess) + logit(slip) < 0}, which is exactly
     * {@code guess' + slip' < 1}, so the result is always valid.
     */
    public BktParameters forItem(double difficulty) {
        if (difficulty == 0) {
            return this;
        }
        double itemSlip = Logit.sigmoid(Logit.logit(slip) + difficulty);
        double itemGuess = Logit.sigmoid(Logit.logit(guess) - difficulty);
        // Rounding can break the (mathematically exact) inequality when guess + slip is within 1e-16 of 1.
        return new BktParameters(prior, learn, Math.min(itemGuess, Math.nextDown(1 - itemSlip)), itemSlip);
    }

    /**
     * {@link #forItem(double)} for an item whose format lets a blind pick find the key {@code guessFloor} of the time
     * (single choice among k options: 1/k; an open answer: 0). A learner whose own attempt fails, knowing the skill or
     * not, still picks right that often (the lower asymptote of the three-parameter IRT model):
     * {@code guess'' = c + (1 - c) guess'} and {@code slip'' = (1 - c) slip'}. However hard the item, one right answer
     * then proves at most a likelihood ratio of {@code (1 - slip'') / guess'' <= 1 / c}: about 4 on a four-option item,
     * where the shift alone allows 20-40 on a hard one. {@code guess'' + slip'' = c + (1 - c)(guess' + slip') < 1}, so
     * the result is valid. A floor of 0 is {@link #forItem(double)} exactly.
     */
    public BktParameters forItem(double difficulty, double guessFloor) {
        BktParameters shifted = forItem(difficulty);
        if (guessFloor == 0) {
            return shifted;
        }
        double itemGuess = guessFloor + (1 - guessFloor) * shifted.guess;
        double itemSlip = (1 - guessFloor) * shifted.slip;
        return new BktParameters(prior, learn, Math.min(itemGuess, Math.nextDown(1 - itemSlip)), itemSlip);
    }

    static double normalize(double fallback, double known, double unknown) {
        double total = known + unknown;
        // An answer the parameters call impossible (e.g. slip = 0 and a wrong answer from a certain learner)
        // carries no usable evidence; keep the belief instead of dividing by zero.
        return total > 0 ? known / total : fallback;
    }

    private static void requireProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be within [0, 1], was " + value);
        }
    }
}
