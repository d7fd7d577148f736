package org.learnpath.recommender.service;

import java.util.Collection;
import java.util.HashMap;
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
 *
 * <p>Each learner's states are one map that {@link #merge} updates in place with what a committed batch changed,
 * instead of a copy of all of them per batch: a learner far into a goal has dozens of skills, a batch changes one
 * or two of them.
 */
public final class LearnerStateCache {

    private final LinkedHashMap<String, Map<String, SkillMastery>> states;
    /**
     * Learners' organizations as recorded in the database. A recorded organization never changes (see
     * LearnerOrganizations), so a batch whose events name the organization cached here need not read it back.
     */
    private final LinkedHashMap<String, String> organizations;

    public LearnerStateCache(int maxLearners) {
        this.states = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, SkillMastery>> eldest) {
                return size() > maxLearners;
            }
        };
        this.organizations = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > maxLearners;
            }
        };
    }

    /** The learner's recorded organization, or null when this cache does not know it (which says nothing more). */
    public String organization(String learnerId) {
        return organizations.get(learnerId);
    }

    /** Records organizations read from or written to the database by a committed batch (learner id to alias). */
    public void rememberOrganizations(Map<String, String> recorded) {
        organizations.putAll(recorded);
    }

    /**
     * The cached learners' states by skill code; learners absent from the result must be read from the database.
     * The maps are the cache's own: read them, do not change them, and do not keep them past the next
     * {@link #merge} or {@link #clear}.
     */
    public Map<String, Map<String, SkillMastery>> find(Collection<String> learnerIds) {
        Map<String, Map<String, SkillMastery>> found = new HashMap<>();
        for (String learner : learnerIds) {
            Map<String, SkillMastery> cached = states.get(learner);
            if (cached != null) {
                found.put(learner, cached);
            }
        }
        return found;
    }

    /**
     * Records a committed batch: for each of its learners, the states it started from (as found here or read from
     * the database) with the states it changed put over them.
     */
    public void merge(Map<String, ? extends Map<String, SkillMastery>> before,
            Map<String, List<SkillMastery>> changed) {
        changed.forEach((learner, skills) -> {
            Map<String, SkillMastery> cached = states.get(learner);
            if (cached == null) {
                Map<String, SkillMastery> stored = before.get(learner);
                cached = stored == null ? new HashMap<>() : new HashMap<>(stored);
                states.put(learner, cached);
            }
            for (SkillMastery state : skills) {
                cached.put(state.skillCode(), state);
            }
        });
    }

    public void clear() {
        states.clear();
        organizations.clear();
    }

    public int size() {
        return states.size();
    }
}
