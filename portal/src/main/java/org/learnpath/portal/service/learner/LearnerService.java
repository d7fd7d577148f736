package org.learnpath.portal.service.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.AttemptView;
import org.learnpath.portal.model.LearnerAssignment;
import org.learnpath.portal.model.LearnerGoal;
import org.learnpath.portal.model.LearnerGoalChoice;
import org.learnpath.portal.model.LearnerGoalOption;
import org.learnpath.portal.model.PathView;
import org.learnpath.portal.model.PlacementView;
import org.learnpath.portal.repository.GoalClient;
import org.learnpath.portal.repository.LearnerClient;
import org.learnpath.portal.repository.MyAttemptsClient;

/** The learner's pages: goal, path, assignments and own answers, each read with the learner's own token. */
@ApplicationScoped
public class LearnerService {

    /** Rows per page of the answer history: one screen on a laptop. */
    public static final int HISTORY_PAGE_SIZE = 20;

    private final GoalClient goals;
    private final LearnerClient learner;
    private final MyAttemptsClient attempts;

    public LearnerService(@RestClient GoalClient goals, @RestClient LearnerClient learner,
            @RestClient MyAttemptsClient attempts) {
        this.goals = goals;
        this.learner = learner;
        this.attempts = attempts;
    }

    public LearnerHome home() {
        List<LearnerGoalOption> options = options();
        LearnerGoal goal = ifFound(() -> call("recommender", learner::goal));
        if (goal == null) {
            return new LearnerHome(options, null, null, null);
        }
        PathView path = ifFound(() -> call("recommender", learner::path));
        String notice = path != null ? null
                : "Your goal \"" + (goal.goalName() == null ? goal.goalSlug() : goal.goalName())
                        + "\" is no longer offered. Please choose another one.";
        return new LearnerHome(options, goal, path, notice);
    }

    /**
     * The start page showing the path to {@code goalSlug} (an assigned goal) rather than to the chosen goal, which
     * stays chosen. A goal the learner cannot see (no longer in the catalog, or never offered to them) shows the
     * chosen goal's page with a notice saying so.
     */
    public LearnerHome home(String goalSlug) {
        List<LearnerGoalOption> options = options();
        LearnerGoal goal = ifFound(() -> call("recommender", learner::goal));
        PathView path = ifFound(() -> call("recommender", () -> learner.pathTo(goalSlug)));
        if (path == null) {
            LearnerHome chosen = home();
            return new LearnerHome(chosen.goals(), chosen.goal(), chosen.path(), "The goal \"" + goalSlug
                    + "\" is not offered to you (any more)." + (chosen.hasPath() ? " Your own goal is shown instead."
                            : ""));
        }
        boolean own = goal != null && goalSlug.equals(goal.goalSlug());
        return new LearnerHome(options, goal, path, null, own ? null : goalSlug);
    }

    /**
     * The path to {@code goalSlug}, or to the chosen goal when it is null; null when there is none (no goal chosen, or
     * a goal not offered to the learner).
     */
    public PathView path(String goalSlug) {
        return ifFound(() -> call("recommender", goalSlug == null ? learner::path : () -> learner.pathTo(goalSlug)));
    }

    /**
     * The learner's latest placement assessment for {@code goalSlug}, or null when they never started one (and from a
     * recommender that offers none, which answers 404 too).
     */
    public PlacementView placement(String goalSlug) {
        return ifFound(() -> call("recommender", () -> learner.placement(goalSlug)));
    }

    /** Skips the placement assessment for {@code goalSlug}: the form behind the page's Skip button, without script. */
    public PlacementView skipPlacement(String goalSlug) {
        return call("recommender", () -> learner.skipPlacement(goalSlug));
    }

    /** The goals assigned to the learner, soonest due first, each with the learner's progress. */
    public List<LearnerAssignment> assignments() {
        return call("recommender", learner::assignments);
    }

    /** Sets the learner's goal; a goal the recommender does not know is refused (an ApiProblem with status 400). */
    public LearnerGoal chooseGoal(String goalSlug) {
        return call("recommender", () -> learner.choose(new LearnerGoalChoice(goalSlug)));
    }

    public AttemptPage history(int page) {
        List<AttemptView> rows = call("assessment", () -> attempts.attempts(page, HISTORY_PAGE_SIZE));
        return new AttemptPage(rows, page, rows.size() == HISTORY_PAGE_SIZE);
    }

    private List<LearnerGoalOption> options() {
        return call("catalog", goals::goals).stream()
                .sorted(Comparator.comparing(o -> o.name() == null ? o.slug() : o.name(),
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static <T> T ifFound(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                return null;
            }
            throw problem;
        }
    }

    /** A service that cannot be reached is a readable "try again" page, not a stack trace. */
    private static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException unreachable) {
            throw ApiProblem.unavailable(service);
        }
    }
}
