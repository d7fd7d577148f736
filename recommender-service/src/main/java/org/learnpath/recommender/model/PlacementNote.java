package org.learnpath.recommender.model;

/**
 * Why a learner starts past a module: the right placement answer that placed them there, and the sentence the path
 * shows for it.
 */
public record PlacementNote(String moduleSlug, String shownSkill, String sentence) {
}
