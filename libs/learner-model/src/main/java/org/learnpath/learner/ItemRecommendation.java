package org.learnpath.learner;

/**
 * The item to present next.
 *
 * @param skillCode        the skill it was chosen for
 * @param predictedCorrect the model's P(correct) for this learner on it
 */
public record ItemRecommendation(ItemCandidate item, String skillCode, double predictedCorrect, Reason reason) {
}
