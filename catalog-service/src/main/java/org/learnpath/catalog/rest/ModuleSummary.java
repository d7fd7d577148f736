package org.learnpath.catalog.rest;

import java.util.List;
import org.learnpath.catalog.model.Area;
import org.learnpath.catalog.model.Level;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.service.ModuleView;

/** A module as listed: enough to choose one, without its outcomes and resources. */
public record ModuleSummary(String slug, String title, String summary, Area area, Level level, int estimatedMinutes,
        List<String> skills) {

    public static ModuleSummary of(ModuleView m) {
        return new ModuleSummary(m.slug(), m.title(), m.summary(), m.area(), m.level(), m.estimatedMinutes(), m.skills());
    }

    public static ModuleSummary of(Module m) {
        return new ModuleSummary(m.slug, m.title, m.summary, m.area, m.level, m.estimatedMinutes, m.skillCodes());
    }
}
