package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The kustomize tree holds base/ and exactly the overlays the checks build, and every YAML file in it is used by a
 * kustomization: a file nobody includes is a manifest that is never applied and never checked.
 */
class KustomizationFilesTest {

    @Test
    void theOverlaysAreTheOnesTheChecksBuild() throws IOException {
        try (Stream<Path> dirs = Files.list(Repo.KUBERNETES.resolve("overlays"))) {
            assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(Stream.of(Overlay.values()).map(Overlay::toString).toList());
        }
        try (Stream<Path> entries = Files.list(Repo.KUBERNETES)) {
            assertThat(entries.map(e -> e.getFileName().toString()).toList()).as("deploy/kubernetes holds")
                    .containsExactlyInAnyOrder("base", "overlays");
        }
    }

    @Test
    void everyYamlFileIsUsedByAKustomization() throws IOException {
        Set<Path> used = new LinkedHashSet<>();
        Set<Path> all = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(Repo.KUBERNETES)) {
            files.filter(Files::isRegularFile).forEach(all::add);
        }
        for (Path file : all) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                used.add(file);
                used.addAll(referenced(file));
            }
        }
        Set<Path> unused = new LinkedHashSet<>(all);
        unused.removeAll(used);
        assertThat(unused).as("files no kustomization uses").isEmpty();
    }

    private static Set<Path> referenced(Path kustomization) {
        Path dir = kustomization.getParent();
        JsonNode k = Tree.yaml(Repo.read(kustomization));
        Set<Path> files = new LinkedHashSet<>();
        for (String field : List.of("resources", "components", "patchesStrategicMerge", "crds")) {
            Tree.list(k.path(field)).forEach(r -> files.add(dir.resolve(r.asText()).normalize()));
        }
        for (String field : List.of("patches", "patchesJson6902")) {
            Tree.list(k.path(field)).stream().filter(p -> p.has("path"))
                    .forEach(p -> files.add(dir.resolve(p.path("path").asText()).normalize()));
        }
        for (String field : List.of("configMapGenerator", "secretGenerator")) {
            for (JsonNode generator : Tree.list(k.path(field))) {
                for (String source : List.of("files", "envs")) {
                    Tree.list(generator.path(source)).forEach(f -> {
                        String name = f.asText();
                        files.add(dir.resolve(name.substring(name.indexOf('=') + 1)).normalize());
                    });
                }
            }
        }
        Set<Path> expanded = new LinkedHashSet<>();
        for (Path file : files) {
            expanded.add(Files.isDirectory(file) ? file.resolve("kustomization.yaml") : file);
        }
        return expanded;
    }
}
