package org.learnpath.learner;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's practised skills read at one instant: an immutable value the planner works on, so that planning
 * is a pure function of (catalog, snapshot) and can be tested with hand-written snapshots. Skills the learner
 * never practised are absent; readers treat them as {@link SkillEstimate#unpractised}.
 */
public record LearnerSnapshot(String learnerId, Instant at, Map<String, SkillEstimate> skills) {

    public LearnerSnapshot {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(at, "at");
        skills = Map.copyOf(skills);
    }

    public Optional<SkillEstimate> skill(String skillCode) {
        return Optional.ofNullable(skills.get(skillCode));
    }
}
