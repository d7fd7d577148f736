package org.learnpath.portal.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The skill-gap heatmap's data: for each skill of the goal (in the path's study order, one page of them), how many
 * of the learners are in each mastery band. The bands and their limits come from the recommender.
 */
public record SkillGaps(String goal, String goalName, int learners, Instant generatedAt, List<Band> bands,
        List<SkillCounts> items, int page, int size, long total) {

    public SkillGaps {
        bands = bands == null ? List.of() : List.copyOf(bands);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A mastery band: {@code from} and {@code to} are mastery limits, null for "never practised". */
    public record Band(String band, String label, Double from, Double to) {
    }

    /** One skill: learners per band (by band name) and the learners' mean mastery. */
    public record SkillCounts(String skill, String name, Map<String, Integer> counts, Double meanMastery) {

        public SkillCounts {
            counts = counts == null ? Map.of() : Map.copyOf(counts);
        }
    }
}
