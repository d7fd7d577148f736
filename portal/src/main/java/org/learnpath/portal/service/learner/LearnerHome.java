package org.learnpath.portal.service.learner;

import java.util.List;
import org.learnpath.portal.model.LearnerGoal;
import org.learnpath.portal.model.LearnerGoalOption;
import org.learnpath.portal.model.PathView;

/**
 * What the learner's start page shows: the goals to choose from, the chosen goal (null before the first choice), its
 * path (null when there is none to show) and, when the chosen goal has no path, why. {@code viewing} is the slug of
 * another goal whose path is shown instead of the chosen goal's (an assigned goal the learner opened), else null.
 */
public record LearnerHome(List<LearnerGoalOption> goals, LearnerGoal goal, PathView path, String notice,
        String viewing) {

    public LearnerHome {
        goals = List.copyOf(goals);
    }

    public LearnerHome(List<LearnerGoalOption> goals, LearnerGoal goal, PathView path, String notice) {
        this(goals, goal, path, notice, null);
    }

    public boolean hasPath() {
        return path != null;
    }

    public String chosenSlug() {
        return goal == null ? null : goal.goalSlug();
    }
}
