package org.learnpath.recommender.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learnpath.learner.ItemRecommendation;
import org.learnpath.learner.LearnerSnapshot;
import org.learnpath.learner.LearningPath;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.model.Learner;
import org.learnpath.recommender.model.LearnerGoal;
import org.learnpath.recommender.repository.AnswerRepository;
import org.learnpath.recommender.repository.GoalRepository;
import org.learnpath.recommender.repository.MasteryRepository;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

/** A learner's goal, masteries, path and next item, computed from the stored state at the time of the request. */
@ApplicationScoped
public class LearnerService {

    private final MasteryRepository masteries;
    private final GoalRepository goals;
    private final AnswerRepository answers;
    private final PlanningFactory planning;
    private final PathEvents events;
    private final RecommendationsServed served;
    private final int recentItems;

    public LearnerService(MasteryRepository masteries, GoalRepository goals,
            AnswerRepository answers, PlanningFactory planning, PathEvents events, RecommendationsServed served,
            RecommenderConfig config) {
        this.masteries = masteries;
        this.goals = goals;
        this.answers = answers;
        this.planning = planning;
        this.events = events;
        this.served = served;
        this.recentItems = config.recentItems();
    }

    /** The learner's skill states as read now, and the planning they were read with. */
    public record Masteries(Planning planning, LearnerSnapshot snapshot, Map<String, SkillMastery> states) {
    }

    /** A path with what it was computed from, and the next item if one is available. */
    public record PathAndNext(Planning planning, LearnerGoal goal, LearningPath path,
            Optional<ItemRecommendation> nextItem) {
    }

    public Optional<LearnerGoal> goal(String learnerId) {
        return goals.find(learnerId);
    }

    public Optional<String> goalName(String goalSlug) {
        return planning.current().catalog().goalName(goalSlug);
    }

    public Masteries masteries(String learnerId) {
        Planning plans = planning.current();
        List<SkillMastery> states = masteries.load(learnerId);
        Map<String, SkillMastery> byCode = new java.util.TreeMap<>();
        states.forEach(s -> byCode.put(s.skillCode(), s));
        return new Masteries(plans, plans.snapshot(learnerId, states, Instant.now()), byCode);
    }

    /**
     * The path to {@code goalSlug}, or to the learner's chosen goal when it is null. Another organization's goal is
     * answered as a goal that does not exist.
     *
     * @param withItem whether to choose the next item too (one more query)
     */
    public PathAndNext path(Learner learner, String goalSlug, boolean withItem) {
        String learnerId = learner.id();
        Planning plans = planning.current();
        LearnerGoal goal = goalSlug != null
                ? new LearnerGoal(learnerId, goalSlug, null, null, learner.organization())
                : goals.find(learnerId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, 404,
                        "Learner '" + learnerId + "' has not chosen a goal yet: PUT one to .../goal first"));
        if (!plans.catalog().hasGoalFor(goal.goalSlug(), learner.organization())) {
            throw ProblemException.notFound("Goal", goal.goalSlug());
        }
        List<SkillMastery> states = masteries.load(learnerId);
        LearnerSnapshot snapshot = plans.snapshot(learnerId, states, Instant.now());
        LearningPath path = plans.path(goal.goalSlug(), snapshot);
        Optional<ItemRecommendation> item = Optional.empty();
        if (withItem && !path.complete()) {
            List<String> candidates = plans.candidateIds(path);
            Map<String, Double> calibrated = masteries.difficulties(candidates);
            Set<String> answered = Planning.needsAnsweredItems(path)
                    ? answers.answeredAmong(learnerId, candidates) : Set.of();
            item = plans.nextItem(path, snapshot, calibrated, answers.recentItems(learnerId, recentItems), answered);
        }
        served.served(path.nextStep().kind(), withItem);
        return new PathAndNext(plans, goal, path, item);
    }

    /**
     * Sets the learner's goal and announces the path it opens. Another organization's goal is refused exactly as a
     * goal that does not exist.
     */
    public LearnerGoal choose(Learner learner, String goalSlug) {
        String learnerId = learner.id();
        Planning plans = planning.current();
        if (!plans.catalog().hasGoalFor(goalSlug, learner.organization())) {
            throw ProblemException.invalid("goalSlug", "no goal '" + goalSlug + "' in the catalog");
        }
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            goals.choose(learnerId, goalSlug, now);
            List<SkillMastery> states = masteries.load(learnerId);
            LearningPath path = plans.path(goalSlug, plans.snapshot(learnerId, states, now));
            goals.pathAnnounced(learnerId, Planning.signature(path), now);
            events.pathUpdated(path, null, learner.organization(), now);
            return new LearnerGoal(learnerId, goalSlug, now, Planning.signature(path), learner.organization());
        });
    }
}
