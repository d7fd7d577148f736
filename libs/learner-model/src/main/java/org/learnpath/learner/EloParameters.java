package org.learnpath.learner;

/**
 * Step size of the Elo-style difficulty update. The step shrinks with the number of answers an item has seen,
 * {@code K(n) = alpha / (1 + beta * n)} (the uncertainty function recommended by Pelánek, "Applications of the
 * Elo rating system in adaptive educational systems", 2016): a new item moves quickly away from its author's
 * guess, a well-calibrated one is not thrown around by a few lucky or unlucky learners.
 *
 * @param alpha step size of an item nobody has answered yet (logits per unit of surprise)
 * @param beta  how fast the step shrinks with answers
 * @param min   lowest difficulty (the answer event schema allows -4)
 * @param max   highest difficulty (schema: 4)
 */
public record EloParameters(double alpha, double beta, double min, double max) {

    public static final EloParameters DEFAULT = new EloParameters(0.4, 0.05, -4, 4);

    public EloParameters {
        if (!(alpha > 0) || !(beta >= 0) || !(min < max)) {
            throw new IllegalArgumentException("need alpha > 0, beta >= 0 and min < max");
        }
    }

    public double stepSize(int answerCount) {
        return alpha / (1 + beta * answerCount);
    }

    double clamp(double difficulty) {
        return Math.max(min, Math.min(max, difficulty));
    }
}
