package org.learnpath.recommender.service;

import java.time.Instant;
import org.learnpath.rest.Slice;

/**
 * One page of a skill-gap report: the goal's skills in the order its path teaches them.
 *
 * @param learners        how many learners the counts are over
 * @param developingFrom  the mastery from which a skill is DEVELOPING
 * @param masteryThreshold the mastery from which it is MASTERED
 */
public record SkillGapPage(String goalSlug, String goalName, int learners, Instant generatedAt,
        double developingFrom, double masteryThreshold, Slice<SkillGap> skills) {
}
