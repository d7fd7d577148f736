package org.learnpath.learner;

import java.util.Random;

/**
 * What makes one simulated learner differ from another beyond what they know ({@link SimulatorRealism}): drawn once
 * per learner from its seed, so that the same learner always has the same traits.
 *
 * @param ability       logit shift of every answer's chance (0 = average)
 * @param learnRate     multiplier on every skill's true learning probability (1 = as the skill's parameters say)
 * @param careless      probability of a careless error on a known skill
 */
record LearnerTraits(double ability, double learnRate, double careless) {

    /** The learner the tracer's model assumes: everyone alike. */
    static final LearnerTraits AVERAGE = new LearnerTraits(0, 1, 0);

    /** Traits for {@code realism}; draws nothing (and returns {@link #AVERAGE}) when learners do not differ. */
    static LearnerTraits draw(SimulatorRealism realism, Random random) {
        if (!realism.hasLearnerTraits()) {
            return AVERAGE;
        }
        // Always three draws in the same order, so that switching one spread on does not reshuffle the others.
        double ability = realism.abilitySd() * random.nextGaussian();
        double learnRate = Math.exp(realism.learnRateSd() * random.nextGaussian());
        double careless = realism.carelessMax() * random.nextDouble();
        return new LearnerTraits(ability, learnRate, careless);
    }
}
