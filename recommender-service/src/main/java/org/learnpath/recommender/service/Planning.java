package org.learnpath.recommender.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learnpath.learner.ItemCandidate;
import org.learnpath.learner.ItemRecommendation;
import org.learnpath.learner.LearnerModel;
import org.learnpath.learner.LearnerSnapshot;
import org.learnpath.learner.LearningPath;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.ModuleStatus;
import org.learnpath.learner.PathPlanner;
import org.learnpath.learner.PlannerConfig;
import org.learnpath.learner.SkillMastery;
import org.learnpath.learner.Step;
import org.learnpath.learner.StepKind;
import org.learnpath.recommender.model.CatalogData;

/**
 * Paths and next items from stored states: the bridge between what the database holds and the pure planner.
 * No framework types, so the same code serves requests, the consumer and benchmarks.
 */
public final class Planning {

    private final Catalog catalog;
    private final ModelConfig model;
    private final PathPlanner planner;

    public Planning(Catalog catalog, ModelConfig model, PlannerConfig config) {
        this.catalog = catalog;
        this.model = model;
        this.planner = new PathPlanner(catalog.graph(), model, config);
    }

    public Catalog catalog() {
        return catalog;
    }

    public ModelConfig model() {
        return model;
    }

    public LearnerSnapshot snapshot(String learnerId, Collection<SkillMastery> states, Instant at) {
        LearnerModel learner = new LearnerModel(model.withDedupeWindow(0));
        states.forEach(state -> learner.restore(learnerId, state));
        return learner.snapshot(learnerId, at);
    }

    public LearningPath path(String goalSlug, LearnerSnapshot snapshot) {
        return planner.plan(goalSlug, snapshot);
    }

    /**
     * The item to practise for the path's next step, among the published items of the step's skill, at their
     * calibrated difficulty.
     *
     * @param calibrated     calibrated difficulties by item id (items never answered use their author's prior)
     * @param answeredBefore the candidates (see {@link #candidateIds}) the learner ever answered; read only for a
     *                       certification check ({@link #needsAnsweredItems}), which asks items never answered
     */
    public Optional<ItemRecommendation> nextItem(LearningPath path, LearnerSnapshot snapshot,
            Map<String, Double> calibrated, List<String> recentlySeen, Set<String> answeredBefore) {
        Step step = path.nextStep();
        if (step.skillCode() == null) {
            return Optional.empty();
        }
        List<ItemCandidate> candidates = new ArrayList<>();
        for (CatalogData.Item item : catalog.itemsFor(step.skillCode())) {
            candidates.add(new ItemCandidate(item.id(), item.skillCodes(),
                    calibrated.getOrDefault(item.id(), item.priorDifficulty()), item.guessFloor()));
        }
        return planner.nextItem(path, snapshot, candidates, recentlySeen, answeredBefore);
    }

    /** Whether {@link #nextItem} needs to know which candidates the learner ever answered: for a CERTIFY step. */
    public static boolean needsAnsweredItems(LearningPath path) {
        return path.nextStep().kind() == StepKind.CERTIFY;
    }

    /** Item ids that may be recommended for the path's next step, for loading their calibrations. */
    public List<String> candidateIds(LearningPath path) {
        String skill = path.nextStep().skillCode();
        return skill == null ? List.of() : catalog.itemsFor(skill).stream().map(CatalogData.Item::id).toList();
    }

    /**
     * What a portal would notice of a path: the next step (for a review, also the skill to review) and every
     * module's status. Two paths with the same signature are announced once. The skill a STUDY step starts with
     * is left out on purpose: it is the module's weakest skill and moves with nearly every answer, while the
     * learner's place in the path does not; {@code /next} always serves the current one.
     */
    public static String signature(LearningPath path) {
        StringBuilder s = new StringBuilder(64);
        Step step = path.nextStep();
        s.append(step.kind()).append('|').append(step.moduleSlug()).append('|');
        if (step.kind() == StepKind.REVIEW) {
            s.append(step.skillCode());
        }
        s.append('|');
        path.modules().forEach(m -> s.append(m.status() == ModuleStatus.MASTERED ? 'M'
                : m.status() == ModuleStatus.READY ? 'R' : 'L'));
        return s.toString();
    }

    /**
     * Whether answers that moved a learner's skills from {@code before} to {@code after} can have changed the
     * path's {@link #signature}. The planner decides statuses and the next module only from three facts per skill,
     * mastered now, learnt, and due for review (see {@link PathPlanner}; with the memory model a skill falls due by
     * time, which this check sees too, since it reads them at {@code at}); the order of reviews also uses the mastery
     * of skills due for review; and once every module is mastered, the step is CERTIFY or GOAL_COMPLETE by the goal's certification,
     * which the evidence of any mastered skill moves. So if no changed skill flipped either fact, none is due before
     * or after, and none is mastered with its evidence changed, the signature is the same and the (comparatively
     * costly) planning can be skipped for this learner.
     *
     * @param before the stored states of the changed skills before the batch (absent: never practised)
     */
    public boolean mayChangePath(Map<String, SkillMastery> before, Collection<SkillMastery> after, Instant at) {
        for (SkillMastery next : after) {
            SkillMastery previous = before.get(next.skillCode());
            if (previous == null) {
                previous = SkillMastery.unpractised(next.skillCode(), model.parameters(next.skillCode()));
            }
            int a = facts(previous, at);
            int b = facts(next, at);
            if (a != b || (a & DUE) != 0 || ((b & MASTERED) != 0 && next.evidence() != previous.evidence())) {
                return true;
            }
        }
        return false;
    }

    private static final int MASTERED = 1;
    private static final int LEARNT = 2;
    private static final int DUE = 4;

    private int facts(SkillMastery state, Instant at) {
        double threshold = planner.config().masteryThreshold();
        boolean mastered = state.masteryAt(at, model.parameters(state.skillCode()), model.forgetting()) >= threshold;
        boolean learnt = planner.learnt(state, at);
        return (mastered ? MASTERED : 0) | (learnt ? LEARNT : 0) | (planner.dueForReview(state, at) ? DUE : 0);
    }

    /** Whether a skill in this state is due for review at {@code at}, by the planner's rule. */
    public boolean dueForReview(SkillMastery state, Instant at) {
        return planner.dueForReview(state, at);
    }

    public static int masteredModules(LearningPath path) {
        return (int) path.modules().stream().filter(m -> m.status() == ModuleStatus.MASTERED).count();
    }
}
