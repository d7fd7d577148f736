package org.learnpath.learner;

import java.util.Objects;

/**
 * Calibrated difficulty of one item on the logit scale (0 = an average item for its skills, positive = harder;
 * authors' priors run from about -2 to +2).
 *
 * @param priorDifficulty the author's estimate, where calibration started
 * @param difficulty      current estimate
 * @param answerCount     answers the estimate has absorbed
 */
public record ItemDifficulty(String itemId, double priorDifficulty, double difficulty, int answerCount) {

    public ItemDifficulty {
        Objects.requireNonNull(itemId, "itemId");
        if (!Double.isFinite(priorDifficulty) || !Double.isFinite(difficulty) || answerCount < 0) {
            throw new IllegalArgumentException("difficulties must be finite and answerCount >= 0");
        }
    }

    public static ItemDifficulty fromPrior(String itemId, double priorDifficulty) {
        return new ItemDifficulty(itemId, priorDifficulty, priorDifficulty, 0);
    }

    /**
     * Elo update after one answer that the model expected to be correct with probability {@code predicted}:
     * {@code d' = d + K(n) * (predicted - outcome)}, outcome 1 for correct. More success than expected makes the
     * item easier, less makes it harder; the step {@code K(n)} shrinks as answers accumulate.
     */
    public ItemDifficulty afterAnswer(boolean correct, double predicted, EloParameters elo) {
        double outcome = correct ? 1 : 0;
        double next = elo.clamp(difficulty + elo.stepSize(answerCount) * (predicted - outcome));
        return new ItemDifficulty(itemId, priorDifficulty, next, answerCount + 1);
    }
}
