package org.learnpath.portal.model;

/** A skill of the catalog. */
public record SkillInfo(String code, String name, String description, String area) {
}
