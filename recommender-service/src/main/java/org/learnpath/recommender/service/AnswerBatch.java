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
     * @param learnerStates every stored skill state of the learners of the batch, by learner and skill code; only
     *                      read, never changed
     * @param items         stored calibrations of the batch's items (absent ones start from their prior)
     */
    public static Result apply(ModelConfig config, List<AnswerObservation> answers,
            Map<String, ? extends Map<String, SkillMastery>> learnerStates, Collection<ItemDifficulty> items) {
        // Duplicates were removed by the answer store's unique event id, which remembers every event, not a window.
        LearnerModel model = new LearnerModel(config.withDedupeWindow(0));
        items.forEach(model::restore);

        // Only the skills an answer measures take part in its update, so only those are put into the model: a
        // learner's other states (most of them, for a learner well into a goal) stay where they are.
        Map<String, Set<String>> touchedSkills = new LinkedHashMap<>();
        Set<String> touchedItems = new LinkedHashSet<>();
        Map<String, AnswerObservation> lastAnswer = new HashMap<>();
        for (AnswerObservation answer : answers) {
            String learner = answer.learnerId();
            Set<String> touched = touchedSkills.computeIfAbsent(learner, l -> new LinkedHashSet<>());
            Map<String, SkillMastery> stored = learnerStates.get(learner);
            for (String skill : answer.skillCodes()) {
                if (touched.add(skill) && stored != null) {
                    SkillMastery state = stored.get(skill);
                    if (state != null) {
                        model.restore(learner, state);
                    }
                }
            }
            model.apply(answer);
            touchedItems.add(answer.itemId());
            lastAnswer.put(learner, answer);
        }
        Map<String, List<SkillMastery>> changed = new LinkedHashMap<>();
        touchedSkills.forEach((learner, skills) -> {
            List<SkillMastery> states = new ArrayList<>(skills.size());
            skills.forEach(skill -> states.add(model.skillState(learner, skill).orElseThrow()));
            changed.put(learner, states);
        });
        List<ItemDifficulty> calibrated = touchedItems.stream().map(id -> model.item(id).orElseThrow()).toList();
        return new Result(changed, calibrated, lastAnswer, answers.size(), learnerStates);
    }

    /**
     * @param changedSkills per learner of the batch, the skill states it changed (to persist)
     * @param items         the calibrations the batch changed (to persist)
     * @param lastAnswer    per learner, the last answer applied (the cause named by a path update)
     * @param appliedCount  answers applied
     * @param before        the stored states the batch started from
     */
    public record Result(Map<String, List<SkillMastery>> changedSkills, List<ItemDifficulty> items,
            Map<String, AnswerObservation> lastAnswer, int appliedCount,
            Map<String, ? extends Map<String, SkillMastery>> before) {

        /** The learners of the batch. */
        public Set<String> learners() {
            return changedSkills.keySet();
        }

        /** The learner's stored states before the batch, by skill code. */
        public Map<String, SkillMastery> statesBefore(String learnerId) {
            Map<String, SkillMastery> states = before.get(learnerId);
            return states == null ? Map.of() : states;
        }

        /** All of the learner's skill states after the batch, by skill code (a new map). */
        public Map<String, SkillMastery> statesAfter(String learnerId) {
            Map<String, SkillMastery> states = new HashMap<>(statesBefore(learnerId));
            List<SkillMastery> changed = changedSkills.get(learnerId);
            if (changed != null) {
                changed.forEach(state -> states.put(state.skillCode(), state));
            }
            return states;
        }
    }
}
