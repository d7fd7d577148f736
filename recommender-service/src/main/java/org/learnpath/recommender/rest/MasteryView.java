package org.learnpath.recommender.rest;

import java.time.Instant;
import java.util.List;
import org.learnpath.learner.SkillEstimate;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.service.LearnerService.Masteries;

/** Mastery per practised skill, read now (forgetting applied); unpractised skills are at their prior. */
public record MasteryView(String learnerId, Instant at, double masteryThreshold, List<SkillView> skills) {

    /**
     * @param mastery     P(known) now
     * @param lastMastery P(known) right after the last answer, before forgetting
     */
    public record SkillView(String code, String name, double mastery, double lastMastery, boolean mastered,
            int practiceCount, int correctCount, Instant lastPracticedAt) {
    }

    static MasteryView of(Masteries masteries, double threshold) {
        List<SkillView> skills = masteries.states().values().stream().map(state -> {
            SkillEstimate now = masteries.snapshot().skill(state.skillCode()).orElseThrow();
            return view(state, now, masteries, threshold);
        }).toList();
        return new MasteryView(masteries.snapshot().learnerId(), masteries.snapshot().at(), threshold, skills);
    }

    private static SkillView view(SkillMastery state, SkillEstimate now, Masteries masteries, double threshold) {
        return new SkillView(state.skillCode(), masteries.planning().catalog().skillName(state.skillCode()),
                Views.round(now.mastery()), Views.round(state.mastery()), now.mastery() >= threshold,
                state.practiceCount(), state.correctCount(), state.lastPracticedAt());
    }
}
