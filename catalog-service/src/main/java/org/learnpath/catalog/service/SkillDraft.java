package org.learnpath.catalog.service;

import org.learnpath.catalog.model.Area;

/** A skill as an author wants it: to create ({@code code} required) or to replace ({@code code} optional). */
public record SkillDraft(String code, String name, String description, Area area) {
}
