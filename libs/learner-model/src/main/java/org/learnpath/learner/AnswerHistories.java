package org.learnpath.learner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns answers into the per-skill, per-learner sequences {@link BktFitter} fits. */
public final class AnswerHistories {

    private AnswerHistories() {
    }

    /**
     * Skill code to one sequence per learner (learners in id order, answers in replay order, duplicates by event
     * id dropped). A multi-skill answer appears in each of its skills' sequences.
     */
    public static Map<String, List<boolean[]>> bySkill(Collection<AnswerObservation> answers) {
        List<AnswerObservation> sorted = new ArrayList<>(answers);
        sorted.sort(AnswerObservation.REPLAY_ORDER);
        Set<String> seen = new HashSet<>();
        Map<String, Map<String, List<Boolean>>> bySkillAndLearner = new TreeMap<>();
        for (AnswerObservation answer : sorted) {
            if (!seen.add(answer.eventId())) {
                continue;
            }
            for (String skill : answer.skillCodes()) {
                bySkillAndLearner.computeIfAbsent(skill, s -> new TreeMap<>())
                        .computeIfAbsent(answer.learnerId(), l -> new ArrayList<>())
                        .add(answer.correct());
            }
        }
        Map<String, List<boolean[]>> result = new TreeMap<>();
        bySkillAndLearner.forEach((skill, learners) -> {
            List<boolean[]> sequences = new ArrayList<>();
            learners.values().forEach(list -> {
                boolean[] sequence = new boolean[list.size()];
                for (int i = 0; i < sequence.length; i++) {
                    sequence[i] = list.get(i);
                }
                sequences.add(sequence);
            });
            result.put(skill, sequences);
        });
        return result;
    }
}
