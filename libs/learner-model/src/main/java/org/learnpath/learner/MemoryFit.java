package org.learnpath.learner;

import java.util.Objects;

/**
 * What {@link MemoryFitter} fitted.
 *
 * @param parameters          what to schedule with: the fitted parameters, or the prior's centre when {@code fitted}
 *                            is false
 * @param fitted              false when there were too few retrievals to fit
 *                            ({@link MemoryFitter.Options#minRetrievals})
 * @param logLikelihood       natural log-likelihood of the retrievals under {@code parameters} (without the prior)
 * @param priorLogLikelihood  the same under the prior's centre, for comparison: how much the fit explains
 * @param sequences           (learner, skill) sequences whose memory started
 * @param startedWithoutError of which started without a wrong answer ({@link MemoryParameters#knownStabilityDays})
 * @param retrievals          answers in the likelihood: to a learnt skill alone, after its memory started
 * @param evaluations         likelihood evaluations of the search
 */
public record MemoryFit(MemoryParameters parameters, boolean fitted, double logLikelihood, double priorLogLikelihood,
        int sequences, int startedWithoutError, int retrievals, int evaluations) {

    public MemoryFit {
        Objects.requireNonNull(parameters, "parameters");
    }
}
