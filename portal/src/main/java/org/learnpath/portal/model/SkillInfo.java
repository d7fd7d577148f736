package org.learnpath.portal.model;

import java.util.Arrays;

/** A skill of the catalog. */
public record SkillInfo(String code, String name, String description, String area) {

    /** The area in words; an area this portal does not know yet is shown as the catalog names it. */
    public String areaLabel() {
        return Arrays.stream(ModuleArea.values()).filter(a -> a.name().equals(area)).map(ModuleArea::label)
                .findFirst().orElse(area == null ? "" : area);
    }
}
