package org.learnpath.catalog.service;

import java.util.List;
import org.learnpath.catalog.model.Area;
import org.learnpath.catalog.model.LearningResource;
import org.learnpath.catalog.model.Level;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.ResourceKind;

public record ModuleView(
        String slug,
        String title,
        String summary,
        Area area,
        Level level,
        int estimatedMinutes,
        List<String> outcomes,
        List<Resource> resources,
        List<String> skills,
        List<String> prerequisites,
        long version) {

    public record Resource(String title, String url, ResourceKind kind) {
        static Resource of(LearningResource r) {
            return new Resource(r.title, r.url, r.kind);
        }
    }

    public static ModuleView of(Module m) {
        return new ModuleView(m.slug, m.title, m.summary, m.area, m.level, m.estimatedMinutes,
                List.copyOf(m.outcomes), m.resources.stream().map(Resource::of).toList(),
                m.skillCodes(), m.prerequisiteSlugs(), m.version);
    }
}
