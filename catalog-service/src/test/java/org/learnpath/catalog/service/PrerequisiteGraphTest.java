package org.learnpath.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrerequisiteGraphTest {

    // eda requires pandas; regression requires eda and stats; trees require regression
    private final PrerequisiteGraph graph = new PrerequisiteGraph(Map.of(
            "eda", List.of("pandas"),
            "regression", List.of("eda", "stats"),
            "trees", List.of("regression")));

    @Test
    void findsNoCycleInADag() {
        assertThat(graph.cycleThrough("trees")).isEmpty();
        assertThat(graph.cycleThrough("pandas")).isEmpty();
    }

    @Test
    void namesTheCycleAnEditWouldClose() {
        PrerequisiteGraph edited = graph.withPrerequisites("pandas", List.of("trees"));
        assertThat(edited.cycleThrough("pandas")).contains(List.of("pandas", "trees", "regression", "eda", "pandas"));
    }

    @Test
    void selfLoopIsACycle() {
        assertThat(graph.withPrerequisites("eda", List.of("eda")).cycleThrough("eda")).contains(List.of("eda", "eda"));
    }

    @Test
    void transitivePrerequisitesFollowEveryPath() {
        assertThat(graph.transitivePrerequisites("trees")).containsExactlyInAnyOrder("regression", "eda", "stats", "pandas");
        assertThat(graph.transitivePrerequisites("pandas")).isEmpty();
    }

    @Test
    void studyOrderPutsEveryModuleAfterItsPrerequisitesAndIncludesMissingOnes() {
        List<String> order = graph.studyOrder(List.of("trees"), Comparator.naturalOrder());
        assertThat(order).containsExactly("pandas", "eda", "stats", "regression", "trees");
    }

    @Test
    void studyOrderUsesThePreferenceAmongReadyModules() {
        Comparator<String> statsFirst = Comparator.comparing(s -> !s.equals("stats"));
        assertThat(graph.studyOrder(List.of("regression"), statsFirst)).containsExactly("stats", "pandas", "eda", "regression");
    }

    @Test
    void studyOrderRefusesACyclicGraph() {
        PrerequisiteGraph cyclic = graph.withPrerequisites("pandas", List.of("trees"));
        assertThatThrownBy(() -> cyclic.studyOrder(List.of("trees"), Comparator.naturalOrder()))
                .isInstanceOf(IllegalStateException.class);
    }
}
