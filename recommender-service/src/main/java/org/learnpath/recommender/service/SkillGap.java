package org.learnpath.recommender.service;

import java.util.Map;

/**
 * One skill of a goal across a group of learners.
 *
 * @param counts      learners per band, every band present
 * @param meanMastery the mean of their masteries now, a never-practised skill counting at its prior
 */
public record SkillGap(String skillCode, String skillName, Map<MasteryBand, Integer> counts, double meanMastery) {
}
