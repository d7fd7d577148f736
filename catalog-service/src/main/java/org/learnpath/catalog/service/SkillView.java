package org.learnpath.catalog.service;

import org.learnpath.catalog.model.Area;
import org.learnpath.catalog.model.Skill;

public record SkillView(String code, String name, String description, Area area, long version) {

    public static SkillView of(Skill skill) {
        return new SkillView(skill.code, skill.name, skill.description, skill.area, skill.version);
    }
}
