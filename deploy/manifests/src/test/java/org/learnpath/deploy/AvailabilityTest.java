package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learnpath.deploy.KustomizeOutput.Resource;

/**
 * Every Deployment an overlay runs with more than one pod survives a node drain and a zone outage: a
 * PodDisruptionBudget lets at most one pod go at a time, and its pods spread over zones and nodes.
 */
class AvailabilityTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void replicatedDeploymentsHaveABudgetAndSpread(Overlay overlay) {
        KustomizeOutput output = overlay.output();
        List<Resource> replicated = output.ofKind("Deployment").stream()
                .filter(d -> Workloads.maxReplicas(output, d) > 1).toList();
        if (overlay == Overlay.PRODUCTION) {
            assertThat(replicated).as("production runs every service and the portal replicated")
                    .extracting(Resource::name).containsExactlyInAnyOrderElementsOf(Repo.APPLICATIONS);
        }
        for (Resource deployment : replicated) {
            Map<String, String> labels = Workloads.labels(Workloads.podMetadata(deployment));
            List<Resource> budgets = output.ofKind("PodDisruptionBudget").stream()
                    .filter(p -> Workloads.selects(p.spec().path("selector"), labels)).toList();
            assertThat(budgets).as("%s: PodDisruptionBudget for %s", overlay, deployment.name()).hasSize(1);
            JsonNode spec = budgets.get(0).spec();
            boolean oneAtATime = (spec.path("maxUnavailable").isInt() && spec.path("maxUnavailable").asInt() == 1)
                    || (spec.path("minAvailable").isInt() && spec.path("minAvailable").asInt() == 1
                    && Workloads.replicas(deployment) == 2);
            assertThat(oneAtATime).as("%s: %s budget %s lets one pod go at a time", overlay, deployment.name(), spec)
                    .isTrue();
            List<JsonNode> spread = Tree.list(Workloads.podSpec(deployment).path("topologySpreadConstraints"));
            for (String key : List.of("topology.kubernetes.io/zone", "kubernetes.io/hostname")) {
                assertThat(spread).as("%s: %s spread over %s", overlay, deployment.name(), key).anySatisfy(c -> {
                    assertThat(Tree.text(c.path("topologyKey"))).isEqualTo(key);
                    assertThat(Tree.text(c.path("whenUnsatisfiable"))).isEqualTo("ScheduleAnyway");
                    assertThat(c.path("maxSkew").asInt()).isEqualTo(1);
                    assertThat(Workloads.selects(c.path("labelSelector"), labels)).isTrue();
                });
            }
        }
    }
}
