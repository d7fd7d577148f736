package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learnpath.deploy.KustomizeOutput.Resource;
import org.learnpath.deploy.schema.StrictSchema;

/**
 * Every document of every overlay, as kubectl builds it, against the schemas of the pinned versions (see
 * {@link StrictSchema}): what a cluster running Kubernetes 1.32, Strimzi 0.51.0 and the Keycloak operator 26.7.3
 * would accept with strict field validation. {@link SchemaRejectsTest} shows the same check refusing the forms it
 * exists for.
 */
class SchemaTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyDocumentMatchesThePinnedSchemas(Overlay overlay) {
        List<Resource> resources = overlay.output().resources();
        assertThat(resources).as("%s resources", overlay).isNotEmpty();
        List<String> violations = new ArrayList<>();
        resources.forEach(r -> violations.addAll(StrictSchema.check(r.node())));
        assertThat(violations).as("%s: documents a cluster with the pinned versions would refuse", overlay).isEmpty();
    }

    /** The base is not applied on its own, but it must build: both overlays start from it. */
    @Test
    void theBaseBuilds() {
        String base = Kubectl.kustomize(Repo.KUBERNETES.resolve("base"));
        List<String> violations = new ArrayList<>();
        KustomizeOutput.parse("base", base).resources().forEach(r -> violations.addAll(StrictSchema.check(r.node())));
        assertThat(violations).as("base").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyResourceIsNamedOnceAndLivesInTheNamespace(Overlay overlay) {
        List<String> seen = new ArrayList<>();
        for (Resource r : overlay.output().resources()) {
            String key = r.apiVersion().replaceAll("/.*", "") + "/" + r.kind() + "/" + r.name();
            assertThat(seen).as("%s: %s declared twice", overlay, r).doesNotContain(key);
            seen.add(key);
            if (!r.kind().equals("Namespace")) {
                assertThat(Tree.text(r.at("/metadata/namespace"))).as("%s: namespace of %s", overlay, r)
                        .isEqualTo("learnpath");
            }
        }
    }
}
