package org.learnpath.portal.service.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.model.SkillGaps;
import org.learnpath.portal.model.SkillGaps.Band;
import org.learnpath.portal.model.SkillGaps.SkillCounts;

class HeatmapTest {

    private static final List<Band> BANDS = List.of(new Band("NOT_STARTED", "Not started", null, null),
            new Band("BEGINNING", "Beginning", 0.0, 0.4), new Band("DEVELOPING", "Developing", 0.4, 0.955),
            new Band("MASTERED", "Mastered", 0.955, 1.0));

    @Test
    void rowsFollowTheSkillsOrderAndColumnsTheBandsWithACountInEveryCell() {
        SkillGaps gaps = new SkillGaps("g", "Goal", 10, null, BANDS, List.of(
                new SkillCounts("b-skill", "B", Map.of("MASTERED", 10), 0.97),
                new SkillCounts("a-skill", null, Map.of("NOT_STARTED", 3, "BEGINNING", 2, "DEVELOPING", 5), 0.3)),
                0, 100, 2);

        Heatmap map = Heatmap.of(gaps);

        assertThat(map.rows()).extracting(Heatmap.Row::skill).containsExactly("b-skill", "a-skill");
        assertThat(map.rows().get(1).name()).isEqualTo("a-skill");
        assertThat(map.columns()).extracting(Heatmap.Column::band)
                .containsExactly("NOT_STARTED", "BEGINNING", "DEVELOPING", "MASTERED");
        assertThat(map.rows().get(0).cells()).extracting(Heatmap.Cell::count).containsExactly(0, 0, 0, 10);
        assertThat(map.rows().get(0).cells()).extracting(Heatmap.Cell::shade).containsExactly(0, 0, 0, 5);
        assertThat(map.rows().get(1).cells()).extracting(Heatmap.Cell::shade).containsExactly(2, 1, 3, 0);
        assertThat(map.width()).isEqualTo(Heatmap.LABEL_WIDTH + 4 * Heatmap.CELL_WIDTH);
        assertThat(map.height()).isEqualTo(Heatmap.HEADER_HEIGHT + 2 * Heatmap.CELL_HEIGHT + 2);
        assertThat(map.rows().get(1).cells().get(2).y()).isEqualTo(Heatmap.HEADER_HEIGHT + Heatmap.CELL_HEIGHT + 1);
        assertThat(map.rows().get(1).cells().get(0).title()).isEqualTo("a-skill, Not started: 3 learners of 10");
        assertThat(map.summary()).contains("2 skills").contains("10 learners").contains("Goal");
    }

    @Test
    void theBandsRangesComeFromTheLimitsSent() {
        assertThat(Heatmap.range(BANDS.get(0))).isEqualTo("never practised");
        assertThat(Heatmap.range(BANDS.get(1))).isEqualTo("mastery 0 % to below 40 %");
        assertThat(Heatmap.range(BANDS.get(2))).isEqualTo("mastery 40 % to below 95.5 %");
        assertThat(Heatmap.range(BANDS.get(3))).isEqualTo("mastery 95.5 % or more");
    }

    @Test
    void shadesGrowWithTheShareOfLearnersAndNobodyIsTheLightest() {
        assertThat(Heatmap.shade(0, 10)).isZero();
        assertThat(Heatmap.shade(3, 0)).isZero();
        assertThat(Heatmap.shade(1, 100)).isEqualTo(1);
        assertThat(Heatmap.shade(20, 100)).isEqualTo(1);
        assertThat(Heatmap.shade(21, 100)).isEqualTo(2);
        assertThat(Heatmap.shade(60, 100)).isEqualTo(3);
        assertThat(Heatmap.shade(100, 100)).isEqualTo(Heatmap.SHADES);
        assertThat(Heatmap.shade(150, 100)).isEqualTo(Heatmap.SHADES);
    }

    @Test
    void longSkillNamesAreCutInThePictureOnly() {
        String name = "A skill name far longer than the label column holds";
        Heatmap map = Heatmap.of(new SkillGaps("g", null, 1, null, BANDS,
                List.of(new SkillCounts("s", name, Map.of(), null)), 0, 100, 1));

        assertThat(map.rows().get(0).shortName()).hasSize(Heatmap.LABEL_CHARACTERS).endsWith("…");
        assertThat(map.rows().get(0).name()).isEqualTo(name);
        assertThat(map.rows().get(0).meanMastery()).isEmpty();
        assertThat(map.summary()).contains("of the goal g");
    }
}
