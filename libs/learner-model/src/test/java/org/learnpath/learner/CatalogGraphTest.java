package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogGraphTest {

    @Test
    void studyOrderOfTheDataAnalystGoalIsTheCatalogServicesAndRespectsEveryPrerequisite() {
        CatalogGraph graph = SeedCurriculum.dataAnalyst();
        List<String> order = graph.goalClosure(SeedCurriculum.GOAL).stream().map(CatalogGraph.Module::slug).toList();
        // What GET /goals/data-analyst/study-order returns (Kahn's algorithm, ties by level then slug).
        assertThat(order).containsExactly("python-for-data-analysis", "numpy-fundamentals", "pandas-essentials",
                "descriptive-statistics", "data-cleaning", "pandas-groupby-aggregation",
                "visualization-matplotlib-pandas", "encoding-and-scaling", "interactive-visualization-plotly",
                "pandas-merging-reshaping", "pandas-time-series", "probability-for-data-science",
                "statistical-inference-ab-testing", "statistical-visualization-seaborn", "exploratory-data-analysis",
                "data-storytelling");
        for (CatalogGraph.Module module : graph.modules()) {
            for (String prerequisite : module.prerequisites()) {
                assertThat(order.indexOf(prerequisite)).as(module.slug() + " after " + prerequisite)
                        .isLessThan(order.indexOf(module.slug()));
            }
        }
    }

    @Test
    void goalClosureAddsEveryTransitivePrerequisite() {
        CatalogGraph graph = SeedCurriculum.dataAnalyst();
        assertThat(graph.transitivePrerequisites("data-storytelling")).containsExactlyInAnyOrder(
                "exploratory-data-analysis", "data-cleaning", "statistical-visualization-seaborn",
                "pandas-groupby-aggregation", "descriptive-statistics", "visualization-matplotlib-pandas",
                "pandas-essentials", "numpy-fundamentals", "python-for-data-analysis");
        assertThat(graph.transitiveDependents("statistical-inference-ab-testing")).isEmpty();
        assertThat(graph.modulesTeaching("missing-values")).containsExactly("data-cleaning");
    }

    @Test
    void rejectsPrerequisiteCyclesNamingTheCycle() {
        assertThatThrownBy(() -> CatalogGraph.builder()
                .module("a", "A", List.of("x"), List.of("c"))
                .module("b", "B", List.of("y"), List.of("a"))
                .module("c", "C", List.of("z"), List.of("b"))
                .module("d", "D", List.of("w"), List.of())
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Prerequisite cycle: a -> c -> b -> a");
    }

    @Test
    void rejectsUnknownReferencesDuplicatesAndEmptyModules() {
        assertThatThrownBy(() -> CatalogGraph.builder().module("a", "A", List.of("x"), List.of("nope")).build())
                .hasMessageContaining("unknown module 'nope'");
        assertThatThrownBy(() -> CatalogGraph.builder().module("a", "A", List.of("x"), List.of())
                .goal("g", "G", List.of("a", "b")).build())
                .hasMessageContaining("Goal 'g' includes unknown module 'b'");
        assertThatThrownBy(() -> CatalogGraph.builder().module("a", "A", List.of("x"), List.of())
                .module("a", "A again", List.of("y"), List.of()))
                .hasMessageContaining("Duplicate module 'a'");
        assertThatThrownBy(() -> CatalogGraph.builder().module("a", "A", List.of(), List.of()).build())
                .hasMessageContaining("teaches no skill");
        assertThatThrownBy(() -> SeedCurriculum.dataAnalyst().goal("nope")).hasMessageContaining("Unknown goal");
    }

    @Test
    void undeclaredSkillsAreNamedByTheirCode() {
        CatalogGraph graph = CatalogGraph.builder().module("a", "A", List.of("x"), List.of()).build();
        assertThat(graph.skill("x").name()).isEqualTo("x");
    }
}
