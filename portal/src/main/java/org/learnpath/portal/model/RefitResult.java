package org.learnpath.portal.model;

import java.time.Instant;
import java.util.List;

/** What a refit of the learner model did: when, over how many answers, how long, which skills it fitted or skipped. */
public record RefitResult(Instant at, long answers, long tookMillis, List<SkillParameters> skills,
        List<String> skipped) {

    public RefitResult {
        skills = skills == null ? List.of() : skills;
        skipped = skipped == null ? List.of() : skipped;
    }
}
