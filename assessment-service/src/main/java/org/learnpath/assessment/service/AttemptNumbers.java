package org.learnpath.assessment.service;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learnpath.assessment.repository.AttemptRepository;
import org.learnpath.assessment.repository.AttemptRepository.LearnerItem;

/**
 * Numbers a learner's attempts at an item (1 for the first). The counts a batch needs are loaded with one query,
 * whatever the batch's size, and answers to the same item in the batch follow one another.
 */
final class AttemptNumbers {

    private final Map<String, Integer> previous = new HashMap<>();

    private AttemptNumbers() {
    }

    static AttemptNumbers loadFor(List<AnswerSubmission> submissions, AttemptRepository attempts) {
        AttemptNumbers numbers = new AttemptNumbers();
        Set<LearnerItem> pairs = submissions.stream().map(s -> new LearnerItem(s.learnerId(), s.itemId()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (AttemptRepository.PriorAttempts prior : attempts.priorAttempts(pairs)) {
            numbers.previous.put(key(prior.learnerId(), prior.itemId()), prior.count());
        }
        for (AnswerSubmission s : submissions) {
            numbers.previous.putIfAbsent(key(s.learnerId(), s.itemId()), 0);
        }
        return numbers;
    }

    /** Numbers the attempts in order, each after the ones before it (stored or earlier in the list). */
    void assign(List<AnswerService.Outcome> outcomes) {
        for (AnswerService.Outcome outcome : outcomes) {
            outcome.attempt().attemptNumber = previous.merge(key(outcome.attempt().learnerId, outcome.attempt().itemId), 1,
                    Integer::sum);
        }
    }

    private static String key(String learnerId, UUID itemId) {
        return learnerId + '\u0000' + itemId;
    }
}
