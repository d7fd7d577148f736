package org.learnpath.deploy;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The resources of one kustomize build, as the API server would receive them. */
record KustomizeOutput(String source, String yaml, List<Resource> resources) {

    /** One document: kind, apiVersion, metadata.name and the whole tree. */
    record Resource(JsonNode node) {
        String kind() {
            return Tree.text(node.path("kind"));
        }

        String apiVersion() {
            return Tree.text(node.path("apiVersion"));
        }

        String name() {
            return Tree.text(node.path("metadata").path("name"));
        }

        JsonNode spec() {
            return node.path("spec");
        }

        JsonNode at(String pointer) {
            return node.at(pointer);
        }

        @Override
        public String toString() {
            return kind() + " " + name();
        }
    }

    static KustomizeOutput parse(String source, String yaml) {
        return new KustomizeOutput(source, yaml, Tree.yamlDocuments(yaml).stream().map(Resource::new).toList());
    }

    List<Resource> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.kind())).toList();
    }

    Optional<Resource> find(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name.equals(r.name())).findFirst();
    }

    Resource get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(source + ": no " + kind + " named " + name));
    }

    @Override
    public String toString() {
        return source;
    }
}
