package org.learnpath.portal.service.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.model.ApiProblem;

class RefusalsTest {

    private static final Set<String> FIELDS = Set.of(ModuleForm.FIELDS);

    @Test
    void aStaleEditOffersAReload() {
        Refusal refusal = Refusals.of(new ApiProblem(412, "Precondition Failed", "changed", null, null), "module",
                FIELDS, Map.of());

        assertThat(refusal.status()).isEqualTo(412);
        assertThat(refusal.stale()).isTrue();
        assertThat(refusal.formError()).isEqualTo("Someone else changed this module since you opened it.");
        assertThat(refusal.reload()).isEqualTo("Reload to see their version");
        assertThat(refusal.errors().isEmpty()).isTrue();
    }

    @Test
    void anEditWithoutVersionOffersAReloadToo() {
        Refusal refusal = Refusals.of(new ApiProblem(428, "Precondition Required", null, null, null), "goal", FIELDS,
                Map.of());

        assertThat(refusal.status()).isEqualTo(428);
        assertThat(refusal.stale()).isTrue();
    }

    @Test
    void aCycleReplacesTheCatalogsTerseMessageAtThePrerequisites() {
        ApiProblem cycle = new ApiProblem(409, "Prerequisite cycle", "These prerequisites would make a cycle",
                Map.of("prerequisites", "would create a cycle"), List.of("a", "b", "c", "a"));

        Refusal refusal = Refusals.of(cycle, "module", FIELDS, Map.of());

        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.errors().asMap()).containsExactly(
                Map.entry("prerequisites", "These prerequisites would make a cycle: a → b → c → a"));
        assertThat(refusal.formError()).isNull();
    }

    @Test
    void fieldErrorsGoToTheirFieldsAndTheRestToTheForm() {
        ApiProblem invalid = new ApiProblem(400, "Invalid request", "skills[0]: unknown skill 'x'",
                Map.of("skills", "unknown skill 'x'", "url", "must be an http(s) URL", "mystery", "odd"), null);

        Refusal refusal = Refusals.of(invalid, "module", FIELDS, Map.of("url", "resources"));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.errors().of("skills")).isEqualTo("Unknown skill 'x'.");
        assertThat(refusal.errors().of("resources")).isEqualTo("Must be an http(s) URL.");
        assertThat(refusal.formError()).isEqualTo("mystery: odd.");
    }

    @Test
    void aRefusalWithoutFieldsShowsItsTitleAndDetail() {
        Refusal refusal = Refusals.of(new ApiProblem(409, "Conflict", "Module 'a' is still used", null, null),
                "module", Set.of(), Map.of());

        assertThat(refusal.formError()).isEqualTo("Conflict: Module 'a' is still used");
        assertThat(refusal.stale()).isFalse();
    }

    @Test
    void anUnavailableServiceKeepsTheFormWithA502() {
        Refusal refusal = Refusals.of(ApiProblem.unavailable("catalog"), "module", FIELDS, Map.of());

        assertThat(refusal.status()).isEqualTo(502);
        assertThat(refusal.formError()).contains("catalog service did not answer");
    }

    @Test
    void forbiddenIsNotAFormError() {
        ApiProblem forbidden = new ApiProblem(403, "Forbidden", null, null, null);

        assertThatThrownBy(() -> Refusals.of(forbidden, "module", FIELDS, Map.of())).isSameAs(forbidden);
    }
}
