package org.learnpath.portal.rest.learner;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learnpath.portal.model.PathView;
import org.learnpath.portal.model.PathView.PathReview;
import org.learnpath.portal.model.PathView.PathSkill;

/** One scheduled review as the reviews list shows it. */
public record ReviewRow(String skillCode, String skillName, String moduleTitle, int masteryPercent, String dueIso,
        String dueText, boolean due) {

    static List<ReviewRow> of(PathView path) {
        Map<String, String> skillNames = path.modules().stream().flatMap(m -> m.skills().stream())
                .filter(s -> s.name() != null)
                .collect(Collectors.toMap(PathSkill::code, PathSkill::name, (a, b) -> a));
        Map<String, String> moduleTitles = path.modules().stream().filter(m -> m.title() != null)
                .collect(Collectors.toMap(PathView.PathModule::slug, PathView.PathModule::title, (a, b) -> a));
        Function<PathReview, ReviewRow> row = r -> new ReviewRow(r.skillCode(),
                skillNames.getOrDefault(r.skillCode(), r.skillCode()),
                r.moduleSlug() == null ? "" : moduleTitles.getOrDefault(r.moduleSlug(), r.moduleSlug()),
                (int) Math.round(r.mastery() * 100), Dates.iso(r.dueAt()), Dates.readable(r.dueAt()), r.due());
        return path.reviews().stream().map(row).toList();
    }
}
