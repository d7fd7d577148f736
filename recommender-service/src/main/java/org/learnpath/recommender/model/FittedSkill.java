package org.learnpath.recommender.model;

import java.time.Instant;
import org.learnpath.learner.BktParameters;

/** A skill's BKT parameters as a refit estimated them, with what they were fitted from. */
public record FittedSkill(String skillCode, BktParameters parameters, int sequences, int answers,
        double logLikelihood, Instant fittedAt) {
}
