package org.learnpath.learner;

/**
 * Result of fitting one skill.
 *
 * @param logLikelihood natural log-likelihood of the data under {@code parameters}
 * @param iterations    EM iterations of the winning start
 */
public record BktFit(BktParameters parameters, double logLikelihood, int iterations, int sequences,
        int observations) {
}
