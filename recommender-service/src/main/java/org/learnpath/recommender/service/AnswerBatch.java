package org.learnpath.recommender.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.ItemDifficulty;
import org.learnpath.learner.LearnerModel;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.SkillMastery;

/**
 * Applies one batch of new answers to the stored states of the learners and items it touches. Pure: the
 * caller loads the states, and persists what {@link #apply} returns, in one transaction.
 *
 * <p>The answers must come in the order they were consumed (per partition, by offset): one learner's answers all
 * live on one partition, so applying them in offset order is what makes a replay of the topic reproduce the live
 * states exactly, however the records were cut into batches.
 */
public final class AnswerBatch {

    private AnswerBatch() {
    }

    /**
     * @param learnerStates every stored skill state of the learners of the batch
     * @param items         stored calibrations of the batch's items (absent ones start from their prior)
     */
    public static Result apply(ModelConfig config, List<AnswerObservation> answers,
            Map<String, ? extends Collection<SkillMastery>> learnerStates, Collection<ItemDifficulty> items) {
        // Duplicates were removed by the answer store's unique event id, which remembers every event, not a window.
        LearnerModel model = new LearnerModel(config.withDedupeWindow(0));
        learnerStates.forEach((learner, states) -> states.forEach(state -> model.restore(learner, state)));
        items.forEach(model::restore);

        Map<String, Set<String>> touchedSkills = new LinkedHashMap<>();
        Set<String> touchedItems = new LinkedHashSet<>();
        Map<String, AnswerObservation> lastAnswer = new HashMap<>();
        for (AnswerObservation answer : answers) {
            model.apply(answer);
            touchedSkills.computeIfAbsent(answer.learnerId(), l -> new LinkedHashSet<>()).addAll(answer.skillCodes());
            touchedItems.add(answer.itemId());
            lastAnswer.put(answer.learnerId(), answer);
        }
        Map<String, List<SkillMastery>> changed = new LinkedHashMap<>();
        touchedSkills.forEach((learner, skills) -> {
            List<SkillMastery> states = new ArrayList<>(skills.size());
            skills.forEach(skill -> states.add(model.skillState(learner, skill).orElseThrow()));
            changed.put(learner, states);
        });
        List<ItemDifficulty> calibrated = touchedItems.stream().map(id -> model.item(id).orElseThrow()).toList();
        Map<String, Map<String, SkillMastery>> all = new LinkedHashMap<>();
        touchedSkills.keySet().forEach(learner -> all.put(learner, model.skillStates(learner)));
        return new Result(changed, calibrated, all, lastAnswer, answers.size());
    }

    /**
     * @param changedSkills per learner, the skill states the batch changed (to persist)
     * @param items         the calibrations the batch changed (to persist)
     * @param learners      per learner of the batch, all skill states after it (to plan paths with)
     * @param lastAnswer    per learner, the last answer applied (the cause named by a path update)
     * @param appliedCount  answers applied
     */
    public record Result(Map<String, List<SkillMastery>> changedSkills, List<ItemDifficulty> items,
            Map<String, Map<String, SkillMastery>> learners, Map<String, AnswerObservation> lastAnswer,
            int appliedCount) {
    }
}
