package org.learnpath.recommender.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learnpath.recommender.service.MasteryBand;
import org.learnpath.recommender.service.SkillGap;

/** One skill of a skill-gap report: learners per band (every band named), and their mean mastery now. */
public record SkillGapView(String skill, String name, Map<MasteryBand, Integer> counts, double meanMastery) {

    static final List<Csv.Column<SkillGapView>> COLUMNS = List.of(
            new Csv.Column<>("skill", SkillGapView::skill),
            new Csv.Column<>("name", SkillGapView::name),
            new Csv.Column<>("not_started", v -> v.counts().get(MasteryBand.NOT_STARTED)),
            new Csv.Column<>("beginning", v -> v.counts().get(MasteryBand.BEGINNING)),
            new Csv.Column<>("developing", v -> v.counts().get(MasteryBand.DEVELOPING)),
            new Csv.Column<>("mastered", v -> v.counts().get(MasteryBand.MASTERED)),
            new Csv.Column<>("mean_mastery", SkillGapView::meanMastery));

    static SkillGapView of(SkillGap gap) {
        // In band order, so that the JSON reads as the heatmap's row.
        Map<MasteryBand, Integer> counts = new LinkedHashMap<>();
        for (MasteryBand band : MasteryBand.values()) {
            counts.put(band, gap.counts().getOrDefault(band, 0));
        }
        return new SkillGapView(gap.skillCode(), gap.skillName(), counts, Views.round(gap.meanMastery()));
    }
}
