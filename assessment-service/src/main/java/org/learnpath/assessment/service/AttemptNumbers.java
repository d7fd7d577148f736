package org.learnpath.assessment.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learnpath.assessment.model.Attempt;

/**
 * Numbers a learner's attempts at an item (1 for the first). A batch loads the counts it needs in one
 * query before inserting anything: a count per answer would make Hibernate flush each pending insert
 * first, and the batch would reach the database one row at a time.
 */
final class AttemptNumbers {

    private final Map<String, Integer> previous = new HashMap<>();

    private AttemptNumbers() {
    }

    static AttemptNumbers loadFor(List<AnswerSubmission> submissions) {
        AttemptNumbers numbers = new AttemptNumbers();
        Set<String> learners = submissions.stream().map(AnswerSubmission::learnerId).collect(Collectors.toSet());
        Set<UUID> items = submissions.stream().map(AnswerSubmission::itemId).collect(Collectors.toSet());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Attempt.getEntityManager().createNativeQuery("""
                select learner_id, item_id, count(*) from attempt
                where learner_id in (:learners) and item_id in (:items)
                group by learner_id, item_id
                """).setParameter("learners", learners).setParameter("items", items).getResultList();
        for (Object[] row : rows) {
            numbers.previous.put(key((String) row[0], (UUID) row[1]), ((Number) row[2]).intValue());
        }
        for (AnswerSubmission s : submissions) {
            numbers.previous.putIfAbsent(key(s.learnerId(), s.itemId()), 0);
        }
        return numbers;
    }

    int next(String learnerId, UUID itemId) {
        return previous.merge(key(learnerId, itemId), 1, Integer::sum);
    }

    private static String key(String learnerId, UUID itemId) {
        return learnerId + '\u0000' + itemId;
    }
}
