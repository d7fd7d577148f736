package org.learnpath.recommender.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.CatalogGraph;
import org.learnpath.learner.GoalCertification;
import org.learnpath.learner.ItemDifficulty;
import org.learnpath.learner.LearnerModel;
import org.learnpath.learner.LearnerSnapshot;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.model.AssignmentCompletion;
import org.learnpath.recommender.model.AssignmentPair;
import org.learnpath.recommender.repository.AssignmentRepository;
import org.learnpath.recommender.repository.MasteryRepository;

/**
 * Records that learners completed their assignments: the first moment the assigned goal's path is complete (every
 * module mastered and the goal certified, by the planner's rule), once per learner and assignment, with a progress event in the same
 * transaction. A later drop in mastery (forgetting, wrong answers) never takes a completion back.
 *
 * <p>Three writers find completions: the answer batch that masters a goal ({@link #afterBatch}), whoever adds
 * learners to an assignment who master its goal already ({@link #completeMastered}: a new assignment, a member joining
 * a team), and a finished placement whose seeds complete the goal ({@link #completeMastered} too, see
 * PlacementService.finish: no later batch would, as the goal is complete before it). They take a lock per bucket of
 * learners before looking (see AssignmentRepository.lockLearners), so that each sees what the others committed.
 */
@ApplicationScoped
public class AssignmentCompletions {

    private final AssignmentRepository assignments;
    private final MasteryRepository masteries;
    private final AssignmentEvents events;
    private final double threshold;
    private final double certificationTarget;
    private final Counter lookups;
    private final Counter completed;
    private volatile GoalSkills goalSkills = new GoalSkills(null, Map.of(), Map.of());

    public AssignmentCompletions(AssignmentRepository assignments, MasteryRepository masteries,
            AssignmentEvents events, ModelSettings settings, MeterRegistry registry) {
        this.assignments = assignments;
        this.masteries = masteries;
        this.events = events;
        this.threshold = settings.planner().masteryThreshold();
        this.certificationTarget = settings.planner().certificationTarget();
        this.lookups = registry.counter("learnpath.assignments.completion.lookups");
        this.completed = registry.counter("learnpath.assignments.completed");
    }

    /**
     * Runs in an answer batch's transaction, once its states are computed. The hot path: it reads nothing unless the
     * batch made some learner complete a whole goal of the catalog (every skill mastered and the goal certified, where
     * it was not before the batch), which is checked in memory (a goal can only become complete through an answer that
     * left one of its skills mastered). Only then, for the batch's learners who did (rare: once per learner and goal,
     * again only after a relapse), two statements lock those learners and read their open assignments, and the
     * completions are recorded.
     *
     * @param answers the batch's new answers, in the order they were applied
     * @param items   the item calibrations the batch started from
     */
    public void afterBatch(Planning plans, List<AnswerObservation> answers, List<ItemDifficulty> items,
            AnswerBatch.Result result) {
        Instant now = Instant.now();
        GoalSkills index = goalSkills(plans);
        Set<String> learners = new LinkedHashSet<>();
        result.changedSkills().forEach((learner, changed) -> {
            if (completesAGoal(plans, index, result, learner, changed, now)) {
                learners.add(learner);
            }
        });
        if (learners.isEmpty()) {
            return;
        }
        lookups.increment();
        assignments.lockLearners(learners);
        Map<String, LearnerSnapshot> snapshots = new HashMap<>();
        List<AssignmentCompletion> completions = new ArrayList<>();
        for (AssignmentPair pair : assignments.open(learners)) {
            String learner = pair.learnerId();
            LearnerSnapshot snapshot = snapshots.computeIfAbsent(learner,
                    l -> plans.snapshot(l, result.statesAfter(l).values(), now));
            if (complete(plans, pair, snapshot)) {
                Instant at = completedAt(plans, index, pair, answers, items, result.statesBefore(learner));
                completions.add(new AssignmentCompletion(pair, at, UUID.randomUUID()));
            }
        }
        record(completions, now);
    }

    /**
     * Records a completion, at {@code at}, for each open assignment of these learners whose goal they master
     * already: called in the transaction that gave them the assignment (only {@code assignmentId}'s, or every open
     * one when null, e.g. for members who joined a team). Returns the completions recorded.
     */
    public List<AssignmentCompletion> completeMastered(Planning plans, Collection<String> learnerIds,
            UUID assignmentId, Instant at) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        assignments.lockLearners(learnerIds);
        List<AssignmentPair> open = assignments.open(learnerIds).stream()
                .filter(pair -> assignmentId == null || assignmentId.equals(pair.assignmentId())).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Set<String> learners = new LinkedHashSet<>();
        open.forEach(pair -> learners.add(pair.learnerId()));
        Map<String, List<SkillMastery>> states = masteries.load(learners);
        Map<String, LearnerSnapshot> snapshots = new HashMap<>();
        List<AssignmentCompletion> completions = new ArrayList<>();
        for (AssignmentPair pair : open) {
            LearnerSnapshot snapshot = snapshots.computeIfAbsent(pair.learnerId(),
                    l -> plans.snapshot(l, states.getOrDefault(l, List.of()), at));
            if (complete(plans, pair, snapshot)) {
                completions.add(new AssignmentCompletion(pair, at, UUID.randomUUID()));
            }
        }
        return record(completions, at);
    }

    private List<AssignmentCompletion> record(List<AssignmentCompletion> completions, Instant now) {
        if (completions.isEmpty()) {
            return List.of();
        }
        List<AssignmentCompletion> recorded = assignments.complete(completions);
        events.completed(recorded, now);
        completed.increment(recorded.size());
        return recorded;
    }

    /** The planner's word: the goal is visible to the assignment's organization and its path is complete. */
    private static boolean complete(Planning plans, AssignmentPair pair, LearnerSnapshot snapshot) {
        return plans.catalog().hasGoalFor(pair.goalSlug(), pair.organization())
                && plans.path(pair.goalSlug(), snapshot).complete();
    }

    /**
     * Whether, after the batch, some goal with a skill the batch changed (and left mastered) is complete for the learner,
     * every skill mastered and certified, where it was not with the states the batch started from: the cheap,
     * in-memory condition without which no assignment of the learner can have been completed by this batch. (An
     * assignment whose goal was complete earlier is completed when it is given.)
     */
    private boolean completesAGoal(Planning plans, GoalSkills index, AnswerBatch.Result result, String learner,
            List<SkillMastery> changed, Instant now) {
        Map<String, SkillMastery> before = result.statesBefore(learner);
        for (SkillMastery state : changed) {
            List<String> goals = index.goalsBySkill().get(state.skillCode());
            if (goals == null || !mastered(plans, state, now)) {
                continue;
            }
            for (String goal : goals) {
                Set<String> skills = index.skillsByGoal().get(goal);
                if (goalComplete(plans, skills, changed, before, now)
                        && !goalComplete(plans, skills, List.of(), before, now)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether every skill is mastered at {@code at}, none is due for review, and the goal certified
     * ({@link GoalCertification}: every skill answered, the product of their evidence at or above the target), each
     * skill's state being the batch's change if any, else as stored: the planner's GOAL_COMPLETE. (With the memory
     * model mastery no longer decays, so a goal certified long ago whose review is due is not complete until the
     * review: checking "due" here is what lets the answer to that review complete an assignment given meanwhile.)
     */
    private boolean goalComplete(Planning plans, Set<String> skills, List<SkillMastery> changed,
            Map<String, SkillMastery> before, Instant at) {
        double probability = 1;
        for (String skill : skills) {
            SkillMastery state = null;
            for (SkillMastery c : changed) {
                if (c.skillCode().equals(skill)) {
                    state = c;
                    break;
                }
            }
            if (state == null) {
                state = before.get(skill);
            }
            // A skill never answered is never certified, whatever its prior.
            if (state == null || state.practiceCount() == 0 || !mastered(plans, state, at)
                    || plans.dueForReview(state, at)) {
                return false;
            }
            probability *= state.evidenceAt(at, plans.model().parameters(skill), plans.model().forgetting());
        }
        return probability >= certificationTarget;
    }

    private boolean mastered(Planning plans, SkillMastery state, Instant at) {
        // Forgetting only ever lowers mastery: below the threshold as stored, it is below now (and no decay is
        // computed for most of a batch's states).
        return state != null && state.mastery() >= threshold
                && state.masteryAt(at, plans.model().parameters(state.skillCode()), plans.model().forgetting())
                        >= threshold;
    }

    /**
     * The time of the learner's answer in the batch after which the goal was complete (every skill mastered, the goal
     * certified): the batch's answers of the learner are applied again one by one from the states the batch started
     * from (only for a completion, which is rare). Falls back to the learner's last answer of the batch.
     */
    private Instant completedAt(Planning plans, GoalSkills index, AssignmentPair pair, List<AnswerObservation> answers,
            List<ItemDifficulty> items, Map<String, SkillMastery> before) {
        String learner = pair.learnerId();
        LearnerModel model = new LearnerModel(plans.model().withDedupeWindow(0));
        items.forEach(model::restore);
        before.values().forEach(state -> model.restore(learner, state));
        Set<String> skills = index.skillsByGoal().getOrDefault(pair.goalSlug(), Set.of());
        Instant last = null;
        for (AnswerObservation answer : answers) {
            if (!learner.equals(answer.learnerId())) {
                continue;
            }
            model.apply(answer);
            last = answer.answeredAt();
            if (goalComplete(plans, skills, List.of(), model.skillStates(learner), answer.answeredAt())) {
                return answer.answeredAt();
            }
        }
        return last;
    }

    private GoalSkills goalSkills(Planning plans) {
        GoalSkills index = goalSkills;
        if (index.catalog() != plans.catalog()) {
            index = GoalSkills.of(plans.catalog());
            goalSkills = index;
        }
        return index;
    }

    /**
     * For one catalog: the skills of each goal's path (its modules and everything they require), and the goals
     * whose path has each skill.
     */
    private record GoalSkills(Catalog catalog, Map<String, Set<String>> skillsByGoal,
            Map<String, List<String>> goalsBySkill) {

        static GoalSkills of(Catalog catalog) {
            CatalogGraph graph = catalog.graph();
            Map<String, Set<String>> skillsByGoal = new HashMap<>();
            Map<String, List<String>> goalsBySkill = new HashMap<>();
            for (CatalogGraph.Goal goal : graph.goals()) {
                Set<String> skills = new LinkedHashSet<>();
                graph.goalClosure(goal.slug()).forEach(module -> skills.addAll(module.skillCodes()));
                skillsByGoal.put(goal.slug(), Set.copyOf(skills));
                skills.forEach(skill -> goalsBySkill.computeIfAbsent(skill, s -> new ArrayList<>()).add(goal.slug()));
            }
            Map<String, List<String>> frozen = new LinkedHashMap<>();
            goalsBySkill.forEach((skill, goals) -> frozen.put(skill, List.copyOf(goals)));
            return new GoalSkills(catalog, Map.copyOf(skillsByGoal), Map.copyOf(frozen));
        }
    }
}
