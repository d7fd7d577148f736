package org.learnpath.assessment.model;

/** How the answers to a skill's items went, over every learner. */
public record SkillReport(String skill, long items, long attempts, long learners, double shareCorrect) {
}
