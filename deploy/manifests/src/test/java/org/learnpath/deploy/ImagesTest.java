package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learnpath.deploy.KustomizeOutput.Resource;

/**
 * Images that exist and do not move: the manifests name the services' and the portal's images without registry or
 * tag, each
 * overlay's kustomization sets both (images:) to where the images profile of the parent pom pushes them, and every
 * image a pod runs has an immutable reference: a digest, or a tag that is neither latest nor a -SNAPSHOT.
 */
class ImagesTest {

    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    static boolean immutable(String reference) {
        int at = reference.indexOf('@');
        if (at >= 0) {
            return DIGEST.matcher(reference.substring(at + 1)).matches();
        }
        int slash = reference.lastIndexOf('/');
        int colon = reference.lastIndexOf(':');
        if (colon <= slash) {
            return false; // no tag: latest
        }
        String tag = reference.substring(colon + 1);
        return !tag.equals("latest") && !tag.toLowerCase().contains("snapshot") && !tag.isBlank();
    }

    static String pomProperty(String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">")
                .matcher(Repo.read(Repo.ROOT.resolve("pom.xml")));
        assertThat(m.find()).as("%s in the parent pom", name).isTrue();
        return m.group(1).trim();
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theOverlaySetsRegistryAndAnImmutableTagForEveryService(Overlay overlay) {
        JsonNode kustomization = Tree.yaml(Repo.read(overlay.dir().resolve("kustomization.yaml")));
        String registry = pomProperty("learnpath.image.registry") + "/" + pomProperty("learnpath.image.group");
        for (String service : Repo.APPLICATIONS) {
            JsonNode image = Tree.list(kustomization.path("images")).stream()
                    .filter(i -> ("learnpath/" + service).equals(Tree.text(i.path("name")))).findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + ": kustomization images: has no learnpath/" + service));
            assertThat(Tree.text(image.path("newName"))).as("%s: %s newName (the images profile pushes there)", overlay,
                    service).isEqualTo(registry + "/" + service);
            String reference = image.has("digest") ? "x@" + Tree.text(image.path("digest"))
                    : "x:" + Tree.text(image.path("newTag"));
            assertThat(immutable(reference)).as("%s: %s tag or digest %s", overlay, service, reference).isTrue();
            String expected = Tree.text(image.path("newName")) + (image.has("digest")
                    ? "@" + Tree.text(image.path("digest")) : ":" + Tree.text(image.path("newTag")));
            assertThat(Tree.text(Workloads.container(overlay.output(), service).path("image")))
                    .as("%s: %s image", overlay, service).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyImageReferenceIsImmutable(Overlay overlay) {
        List<String> mutable = new ArrayList<>();
        for (Resource owner : Workloads.podTemplateOwners(overlay.output())) {
            for (JsonNode container : Workloads.allContainers(Workloads.podSpec(owner))) {
                String image = Tree.text(container.path("image"));
                if (image == null || !immutable(image)) {
                    mutable.add(owner + ": " + image);
                }
            }
        }
        for (Resource keycloak : overlay.output().ofKind("Keycloak")) {
            String image = Tree.text(keycloak.at("/spec/image"));
            if (image != null && !immutable(image)) {
                mutable.add(keycloak + ": " + image);
            }
        }
        assertThat(mutable).as("%s: images without an immutable tag or digest", overlay).isEmpty();
    }

    /** The base names the images as the build does (quarkus.container-image.name), without registry or tag. */
    @Test
    void theBaseNamesTheImagesTheBuildProduces() {
        KustomizeOutput base = KustomizeOutput.parse("base", Kubectl.kustomize(Repo.KUBERNETES.resolve("base")));
        for (String service : Repo.APPLICATIONS) {
            assertThat(Tree.text(Workloads.container(base, service).path("image"))).isEqualTo("learnpath/" + service);
            // Quarkus names the image after the application when quarkus.container-image.name is not set.
            ServiceConfig config = ServiceConfig.of(service);
            assertThat(config.get("quarkus.container-image.name").or(() -> config.get("quarkus.application.name")))
                    .as("%s image name", service).contains(service);
        }
        assertThat(pomProperty("learnpath.image.group")).isEqualTo("learnpath");
    }

    @Test
    void theImmutabilityRuleRefusesMovingReferences() {
        assertThat(immutable("ghcr.io/learnpath/catalog-service:0.1.0")).isTrue();
        assertThat(immutable("postgres:17.6")).isTrue();
        assertThat(immutable("ghcr.io/learnpath/catalog-service@sha256:" + "a".repeat(64))).isTrue();
        assertThat(immutable("learnpath/catalog-service:0.1.0-SNAPSHOT")).isFalse();
        assertThat(immutable("postgres:latest")).isFalse();
        assertThat(immutable("localhost:5000/postgres")).isFalse();
        assertThat(immutable("learnpath/catalog-service")).isFalse();
    }
}
