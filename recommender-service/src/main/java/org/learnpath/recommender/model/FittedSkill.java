package org.learnpath.recommender.model;

import java.time.Instant;
import org.learnpath.learner.BktParameters;

/**
 * A skill's BKT parameters as a refit estimated them, with what they were fitted from.
 *
 * @param sequences     learners who answered the skill
 * @param answers       answers measuring the skill
 * @param logLikelihood of those answers under the fit (see RefitService)
 */
public record FittedSkill(String skillCode, BktParameters parameters, int sequences, int answers,
        double logLikelihood, Instant fittedAt) {
}
