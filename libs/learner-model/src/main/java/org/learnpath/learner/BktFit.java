package org.learnpath.learner;

/**
 * Result of fitting one skill.
 *
 * @param logLikelihood natural log-likelihood of the data under {@code parameters}
 * @param iterations    EM iterations of the winning start
 */
public record BktFit(BktParameters parameters, double logLikelihood, int iterations, int sequences,
        int observations) {

    /**
     * Whether the fit left guess or slip at the fitter's floor: answers entirely decided by knowing the skill or not.
     * Learners never answer like that; scripted or bulk-loaded answers do, and such parameters would let a single
     * answer decide mastery. A caller should keep the parameters it had.
     */
    public boolean degenerate() {
        return parameters.guess() <= 2 * BktFitter.FLOOR || parameters.slip() <= 2 * BktFitter.FLOOR;
    }
}
