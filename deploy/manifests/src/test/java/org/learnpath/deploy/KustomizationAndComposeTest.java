package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.deploy.Manifests.map;
import static org.learnpath.deploy.Manifests.str;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.learnpath.deploy.Manifests.Doc;
import org.yaml.snakeyaml.Yaml;

class KustomizationAndComposeTest {

    @Test
    void kustomizationListsEveryManifest() {
        Map<String, Object> kustomization = Manifests.asMap(
                new Yaml().load(Manifests.read(Manifests.KUBERNETES.resolve("kustomization.yaml"))));
        List<String> resources = Manifests.list(kustomization, "resources").stream().map(Manifests::str).toList();
        List<String> files = Manifests.kubernetesFiles().stream().map(Path::getFileName).map(Path::toString)
                .filter(f -> !f.equals("kustomization.yaml")).toList();
        assertThat(resources).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void everyDocumentHasKindApiVersionAndName() {
        assertThat(Manifests.kubernetes()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.apiVersion()).as("%s apiVersion", d.file()).isNotBlank();
            assertThat(d.kind()).as("%s kind", d.file()).isNotBlank();
            if (!d.kind().equals("Kustomization")) {
                assertThat(d.name()).as("%s %s name", d.file(), d.kind()).isNotBlank();
            }
        });
    }

    @Test
    void postgresCreatesOneDatabasePerServiceIncludingTheRecommender() {
        Doc statefulSet = Manifests.get("StatefulSet", "postgres");
        assertThat(Manifests.get("Service", "postgres").spec().get("type")).isIn(null, "ClusterIP");
        assertThat(str(Manifests.at(statefulSet.spec(), "template", "spec"))).contains("postgres-init", "learnpath-db");
        String init = String.join("\n", map(Manifests.get("ConfigMap", "postgres-init").content(), "data").values().stream()
                .map(Manifests::str).toList());
        String composeInit = str(Manifests.at(Manifests.compose(), "configs", "postgres-init", "content"));
        for (String db : List.of("catalog", "assessment", "recommender")) {
            assertThat(init).containsPattern("\\b" + db + "\\b");
            assertThat(composeInit).contains("CREATE DATABASE " + db);
        }
    }

    @Test
    void composeHasTheInfrastructure() {
        Map<String, Object> services = map(Manifests.compose(), "services");
        assertThat(services).containsKeys("postgres", "kafka", "keycloak");
        assertThat(str(map(services, "kafka").get("image"))).startsWith("apache/kafka:");
        assertThat(str(map(map(services, "kafka"), "environment").get("KAFKA_PROCESS_ROLES"))).isEqualTo("broker,controller");
        for (String service : Manifests.SERVICES) {
            assertThat(str(map(Manifests.composeService(service), "environment").get("KAFKA_BOOTSTRAP_SERVERS")))
                    .isEqualTo("kafka:9092");
        }
    }
}
