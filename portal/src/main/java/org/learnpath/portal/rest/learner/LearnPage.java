package org.learnpath.portal.rest.learner;

import java.util.List;
import org.learnpath.portal.service.learner.LearnerHome;

/**
 * The learner's start page: the goal picker ({@code selected} is the goal shown as chosen: the user's input after a
 * refusal, else the current goal), the placement assessment for the goal shown ({@code placement}, null without a
 * path), what "complete" means for the goal ({@code certification}, null when the recommender does not say), the
 * path's reviews, and errors of the goal form. The path shown is the chosen goal's, or an assigned goal's the learner
 * opened ({@code home.viewing}).
 */
public record LearnPage(LearnerHome home, String selected, PlacementBlock placement,
        CertificationBlock certification, List<ReviewRow> reviews, String goalError, String formError) {

    static LearnPage of(LearnerHome home, PlacementBlock placement) {
        return new LearnPage(home, home.chosenSlug(), home.hasPath() ? placement : null,
                home.hasPath() ? CertificationBlock.of(home.path(), home.viewing()) : null,
                home.hasPath() ? ReviewRow.of(home.path()) : List.of(), null, null);
    }

    LearnPage refused(String selected, String goalError, String formError) {
        return new LearnPage(home, selected, placement, certification, reviews, goalError, formError);
    }

    /** The chosen goal's name, while the page shows another goal's path (see {@link LearnerHome#viewing()}). */
    public String chosenName() {
        return home.goal() == null ? "" : home.goal().goalName() == null ? home.goal().goalSlug()
                : home.goal().goalName();
    }

    public String goalName() {
        if (home.path() != null && home.path().goalName() != null) {
            return home.path().goalName();
        }
        return home.goal() == null ? "" : home.goal().goalName() == null ? home.goal().goalSlug()
                : home.goal().goalName();
    }
}
