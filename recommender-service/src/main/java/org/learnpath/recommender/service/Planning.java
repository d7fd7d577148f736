package org.learnpath.recommender.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * @param calibrated calibrated difficulties by item id (items never answered use their author's prior)
     */
    public Optional<ItemRecommendation> nextItem(LearningPath path, LearnerSnapshot snapshot,
            Map<String, Double> calibrated, List<String> recentlySeen) {
        Step step = path.nextStep();
        if (step.skillCode() == null) {
            return Optional.empty();
        }
        List<ItemCandidate> candidates = new ArrayList<>();
        for (CatalogData.Item item : catalog.itemsFor(step.skillCode())) {
            candidates.add(new ItemCandidate(item.id(), item.skillCodes(),
                    calibrated.getOrDefault(item.id(), item.priorDifficulty())));
        }
        return planner.nextItem(path, snapshot, candidates, recentlySeen);
    }

    /** Item ids that may be recommended for the path's next step, for loading their calibrations. */
    public List<String> candidateIds(LearningPath path) {
        String skill = path.nextStep().skillCode();
        return skill == null ? List.of() : catalog.itemsFor(skill).stream().map(CatalogData.Item::id).toList();
    }

    /**
     * What a portal would notice of a path: the next step and every module's status. Two paths with the same
     * signature are announced once.
     */
    public static String signature(LearningPath path) {
        StringBuilder s = new StringBuilder(64);
        Step step = path.nextStep();
        s.append(step.kind()).append('|').append(step.moduleSlug()).append('|').append(step.skillCode()).append('|');
        path.modules().forEach(m -> s.append(m.status() == ModuleStatus.MASTERED ? 'M'
                : m.status() == ModuleStatus.READY ? 'R' : 'L'));
        return s.toString();
    }

    public static int masteredModules(LearningPath path) {
        return (int) path.modules().stream().filter(m -> m.status() == ModuleStatus.MASTERED).count();
    }
}
