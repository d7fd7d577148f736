package org.learnpath.recommender.service;

/**
 * Where a learner stands on one skill, for the skill-gap heatmap: never practised, or by the mastery the model
 * gives now (forgetting included) against two edges, the configured start of DEVELOPING and the mastery threshold.
 */
public enum MasteryBand {
    NOT_STARTED("Not started"),
    BEGINNING("Beginning"),
    DEVELOPING("Developing"),
    MASTERED("Mastered");

    private final String label;

    MasteryBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of a practised skill at this mastery. */
    static MasteryBand of(double mastery, double developingFrom, double masteryThreshold) {
        if (mastery >= masteryThreshold) {
            return MASTERED;
        }
        return mastery >= developingFrom ? DEVELOPING : BEGINNING;
    }
}
