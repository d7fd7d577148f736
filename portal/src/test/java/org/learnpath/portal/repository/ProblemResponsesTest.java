package org.learnpath.portal.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.ItemWarning;

class ProblemResponsesTest {

    @Test
    void readsTitleDetailFieldErrorsAndCycle() {
        ApiProblem problem = ProblemResponses.of(422, """
                {"type":"urn:learnpath:problem:prerequisite-cycle","title":"Prerequisites would form a cycle",
                 "status":422,"detail":"prerequisites: would create a cycle",
                 "errors":[{"field":"prerequisites","message":"would create a cycle"}],
                 "cycle":["linear-algebra","calculus","linear-algebra"]}""");

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.title()).isEqualTo("Prerequisites would form a cycle");
        assertThat(problem.detail()).isEqualTo("prerequisites: would create a cycle");
        assertThat(problem.fieldErrors()).containsExactly(entry("prerequisites", "would create a cycle"));
        assertThat(problem.cycle()).containsExactly("linear-algebra", "calculus", "linear-algebra");
        assertThat(problem.isStale()).isFalse();
    }

    @Test
    void dropsTheMethodAndParameterPathOfAFieldAndMergesRepeatedFields() {
        ApiProblem problem = ProblemResponses.of(400, """
                {"title":"Request is not valid","status":400,"errors":[
                  {"field":"create.body.title","message":"must not be blank"},
                  {"field":"body.slug","message":"must be a slug"},
                  {"field":"body.slug","message":"size must be between 1 and 80"},
                  {"field":"skills[2]","message":"unknown skill"},
                  {"field":"goalSlug","message":"no goal 'x' in the catalog"}]}""");

        assertThat(problem.fieldErrors()).containsOnly(entry("title", "must not be blank"),
                entry("slug", "must be a slug; size must be between 1 and 80"), entry("skills", "unknown skill"),
                entry("goalSlug", "no goal 'x' in the catalog"));
        assertThat(problem.detail()).isNull();
    }

    @Test
    void readsTheItemLintersFindingsWithTheirFullPaths() {
        ApiProblem problem = ProblemResponses.of(400, """
                {"title":"Request is not valid","status":400,
                 "errors":[{"field":"choices[2].text","message":"The option repeats option a. (duplicate-options)"}],
                 "lint":[{"rule":"duplicate-options","severity":"ERROR","field":"choices[2].text",
                          "message":"The option repeats option a."}]}""");

        assertThat(problem.fieldErrors()).containsOnlyKeys("text");
        assertThat(problem.lint()).containsExactly(new ItemWarning("duplicate-options", "choices[2].text",
                "The option repeats option a.", "ERROR"));
        assertThat(problem.lint().get(0).error()).isTrue();
        assertThat(ProblemResponses.of(400, "{\"title\":\"Bad\"}").lint()).isEmpty();
    }

    @Test
    void aBodyThatIsNoProblemDocumentLeavesTheStatusAndItsReason() {
        ApiProblem html = ProblemResponses.of(502, "<html><body>Bad gateway</body></html>");
        ApiProblem empty = ProblemResponses.of(412, null);
        ApiProblem unknown = ProblemResponses.of(499, "");

        assertThat(html.title()).isEqualTo("Bad Gateway");
        assertThat(html.detail()).isNull();
        assertThat(html.fieldErrors()).isEmpty();
        assertThat(empty.title()).isEqualTo("Precondition Failed");
        assertThat(empty.isStale()).isTrue();
        assertThat(unknown.title()).isEqualTo("Error 499");
    }

    @Test
    void mapsErrorStatusesOnly() {
        ProblemResponses mapper = new ProblemResponses();

        assertThat(mapper.handles(200, new MultivaluedHashMap<>())).isFalse();
        assertThat(mapper.handles(304, new MultivaluedHashMap<>())).isFalse();
        assertThat(mapper.handles(400, new MultivaluedHashMap<>())).isTrue();
        assertThat(mapper.handles(503, new MultivaluedHashMap<>())).isTrue();
    }
}
