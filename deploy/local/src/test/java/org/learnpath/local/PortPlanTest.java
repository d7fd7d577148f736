package org.learnpath.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PortPlanTest {

    @Test
    void theDefaultsAreTheDocumentedPorts() {
        PortPlan plan = PortPlan.defaults();
        assertThat(plan.service(LocalSystem.PORTAL)).isEqualTo(8084);
        assertThat(plan.management(LocalSystem.PORTAL)).isEqualTo(9084);
        assertThat(List.of(plan.service(LocalSystem.CATALOG), plan.service(LocalSystem.ASSESSMENT),
                plan.service(LocalSystem.RECOMMENDER))).containsExactly(8081, 8082, 8083);
        assertThat(List.of(plan.management(LocalSystem.CATALOG), plan.management(LocalSystem.ASSESSMENT),
                plan.management(LocalSystem.RECOMMENDER))).containsExactly(9081, 9082, 9083);
        assertThat(List.of(plan.postgres(), plan.kafka(), plan.kafkaController(), plan.keycloak(),
                plan.keycloakManagement())).containsExactly(15432, 19092, 19093, 8180, 9180);
        assertThat(plan.all()).hasSize(PortPlan.SIZE).doesNotHaveDuplicates();
    }

    /** Every process has its two ports, all within the block: a second system beside the first takes no port of it. */
    @Test
    void aBaseLaysOutSizeConsecutivePortsWithTheEarlierOffsetsUnchanged() {
        int base = 18300;
        PortPlan plan = PortPlan.fromBase(base);
        assertThat(plan.all()).containsExactlyInAnyOrderElementsOf(
                IntStream.range(base, base + PortPlan.SIZE).boxed().toList());
        assertThat(List.of(plan.keycloak(), plan.keycloakManagement(), plan.kafka(), plan.kafkaController(),
                plan.postgres())).containsExactly(base, base + 1, base + 2, base + 3, base + 4);
        for (int i = 0; i < LocalSystem.SERVICES.size(); i++) {
            assertThat(plan.service(LocalSystem.SERVICES.get(i))).isEqualTo(base + 5 + i);
            assertThat(plan.management(LocalSystem.SERVICES.get(i))).isEqualTo(base + 8 + i);
        }
        assertThat(plan.service(LocalSystem.PORTAL)).isEqualTo(base + 11);
        assertThat(plan.management(LocalSystem.PORTAL)).isEqualTo(base + 12);
    }

    @Test
    void everyProcessHasItsOwnPorts() {
        for (PortPlan plan : List.of(PortPlan.defaults(), PortPlan.fromBase(20000))) {
            List<Integer> ports = LocalSystem.PROCESSES.stream()
                    .flatMap(p -> java.util.stream.Stream.of(plan.service(p), plan.management(p))).toList();
            assertThat(ports).doesNotHaveDuplicates();
            assertThat(plan.all()).containsAll(ports);
        }
    }

    @Test
    void aPostgresPortKeepsTheRestAndMayNotTakeAnotherOnesPort() {
        PortPlan plan = PortPlan.defaults().withPostgres(25432);
        assertThat(plan.postgres()).isEqualTo(25432);
        assertThat(plan.service(LocalSystem.PORTAL)).isEqualTo(8084);
        assertThat(plan.management(LocalSystem.PORTAL)).isEqualTo(9084);
        assertThatThrownBy(() -> PortPlan.defaults().withPostgres(8084))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8084");
    }

    @Test
    void outOfRangeAndUnknownNamesAreRefused() {
        assertThatThrownBy(() -> PortPlan.fromBase(65535 - PortPlan.SIZE + 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PortPlan.fromBase(65535 - PortPlan.SIZE + 1).all()).contains(65535);
        assertThatThrownBy(() -> PortPlan.defaults().service("keycloak")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortPlan.defaults().management("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
