package org.learnpath.portal.model;

import java.time.Instant;

/** A skill's fitted knowledge-tracing parameters, as the recommender's last refit left them. */
public record SkillParameters(String skillCode, double prior, double learn, double guess, double slip, int sequences,
        int answers, double logLikelihood, Instant fittedAt) {
}
