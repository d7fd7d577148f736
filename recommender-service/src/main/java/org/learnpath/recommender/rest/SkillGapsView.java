package org.learnpath.recommender.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.learnpath.recommender.service.MasteryBand;
import org.learnpath.recommender.service.SkillGapPage;

/**
 * A page of a skill-gap report: the bands (NOT_STARTED has no mastery range: never practised), then the goal's skills
 * in the order its path teaches them; {@code total} counts the skills.
 */
public record SkillGapsView(String goal, String goalName, int learners, Instant generatedAt, List<Band> bands,
        List<SkillGapView> items, int page, int size, long total) {

    /** A band and the masteries it covers, {@code from} inclusive and {@code to} exclusive (MASTERED: up to 1). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Band(MasteryBand band, String label, Double from, Double to) {
    }

    static SkillGapsView of(SkillGapPage report, int page, int size) {
        List<Band> bands = List.of(
                new Band(MasteryBand.NOT_STARTED, MasteryBand.NOT_STARTED.label(), null, null),
                new Band(MasteryBand.BEGINNING, MasteryBand.BEGINNING.label(), 0.0, report.developingFrom()),
                new Band(MasteryBand.DEVELOPING, MasteryBand.DEVELOPING.label(), report.developingFrom(),
                        report.masteryThreshold()),
                new Band(MasteryBand.MASTERED, MasteryBand.MASTERED.label(), report.masteryThreshold(), 1.0));
        return new SkillGapsView(report.goalSlug(), report.goalName(), report.learners(), report.generatedAt(), bands,
                report.skills().items().stream().map(SkillGapView::of).toList(), page, size, report.skills().total());
    }
}
