package org.learnpath.recommender.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learnpath.learner.SkillMastery;

/**
 * The skill states of learners whose answers this consumer applied recently, so that a batch does not read
 * them back from the database. Correct only because this instance is their single writer: a learner's answers
 * live on one partition, and a partition is consumed by one group member at a time. Whenever that may no longer
 * hold, or the database may differ from what is here (a rebalance, a failed batch), the cache is cleared and
 * states are read from the database again. Bounded (least recently used first out). Not thread-safe: the
 * consumer thread alone uses it.
 */
public final class LearnerStateCache {

    private final LinkedHashMap<String, List<SkillMastery>> states;

    public LearnerStateCache(int maxLearners) {
        this.states = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<SkillMastery>> eldest) {
                return size() > maxLearners;
            }
        };
    }

    /** The cached learners' states; learners absent from the result must be read from the database. */
    public Map<String, List<SkillMastery>> find(Collection<String> learnerIds) {
        Map<String, List<SkillMastery>> found = new LinkedHashMap<>();
        for (String learner : learnerIds) {
            List<SkillMastery> cached = states.get(learner);
            if (cached != null) {
                found.put(learner, cached);
            }
        }
        return found;
    }

    /** Records the committed states of learners (all their skills). */
    public void put(Map<String, Map<String, SkillMastery>> committed) {
        committed.forEach((learner, skills) -> states.put(learner, List.copyOf(new ArrayList<>(skills.values()))));
    }

    public void clear() {
        states.clear();
    }

    public int size() {
        return states.size();
    }
}
