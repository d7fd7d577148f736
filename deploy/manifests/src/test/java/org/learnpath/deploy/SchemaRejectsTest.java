package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnpath.deploy.schema.StrictSchema;

/**
 * The strict schema check on documents written to test it: src/test/resources/schema/accepted.yaml holds forms the
 * pinned versions serve, which it must accept, and rejected.yaml the forms it exists to refuse (the API versions
 * and annotations of the manifests before the overlays, removed Kubernetes versions, planted unknown fields,
 * wrongly typed values), each with what the check must say about it.
 */
class SchemaRejectsTest {

    static Stream<JsonNode> accepted() {
        return documents("schema/accepted.yaml").stream();
    }

    static Stream<JsonNode> rejected() {
        return documents("schema/rejected.yaml").stream();
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void acceptsWhatThePinnedVersionsServe(JsonNode document) {
        assertThat(StrictSchema.check(document)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void refusesWhatThePinnedVersionsWouldRefuse(JsonNode document) {
        String expected = document.at("/metadata/annotations/expect").asText();
        assertThat(StrictSchema.check(document)).as(document.at("/metadata/name").asText())
                .anySatisfy(violation -> assertThat(violation).contains(expected));
    }

    private static List<JsonNode> documents(String resource) {
        try (InputStream in = SchemaRejectsTest.class.getClassLoader().getResourceAsStream(resource)) {
            return Tree.yamlDocuments(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
