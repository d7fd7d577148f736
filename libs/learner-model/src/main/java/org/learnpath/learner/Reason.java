package org.learnpath.learner;

import java.util.Objects;

/**
 * Why something was recommended: structured fields for clients and analytics, and one plain English sentence
 * for the learner.
 *
 * @param skillCode     the skill concerned ({@code null} for GOAL_COMPLETE)
 * @param mastery       that skill's current mastery (for GOAL_COMPLETE the lowest mastery in the goal)
 * @param threshold     the mastery threshold it is compared with
 * @param blockedModule the module waiting on this step, if any ({@code null} otherwise)
 */
public record Reason(ReasonKind kind, String skillCode, double mastery, double threshold, String blockedModule,
        String sentence) {

    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
    }
}
