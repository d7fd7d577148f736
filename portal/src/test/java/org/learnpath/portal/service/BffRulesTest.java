package org.learnpath.portal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BffRulesTest {

    @Test
    void forwardsTheThreeServicesApiPaths() {
        assertThat(BffRules.target("catalog", "api/goals")).contains("api/goals");
        assertThat(BffRules.target("assessment", "api/sessions/5c1e/answers")).contains("api/sessions/5c1e/answers");
        assertThat(BffRules.target("recommender", "api/learners/me/path")).contains("api/learners/me/path");
        // Escapes the service decodes into ordinary characters pass, still encoded.
        assertThat(BffRules.target("catalog", "api/modules/a%20b")).contains("api/modules/a%20b");
    }

    @Test
    void forwardsThePlacementAssessmentsPaths() {
        assertThat(BffRules.target("recommender", "api/learners/me/placement"))
                .contains("api/learners/me/placement");
        assertThat(BffRules.target("recommender", "api/learners/me/placement/finish"))
                .contains("api/learners/me/placement/finish");
        assertThat(BffRules.target("recommender", "api/learners/me/placement/skip"))
                .contains("api/learners/me/placement/skip");
        assertThat(BffRules.target("assessment", "api/sessions/5c1e/next-item"))
                .contains("api/sessions/5c1e/next-item");
        assertThat(BffRules.target("assessment", "api/sessions")).contains("api/sessions");
    }

    @ParameterizedTest
    @ValueSource(strings = { "kafka", "keycloak", "", "Catalog", "catalog/api" })
    void refusesOtherServices(String service) {
        assertThat(BffRules.target(service, "api/goals")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "q/health", "q/metrics", "openapi", "api", "apix/goals", "/api/goals", "API/goals",
            "api/../q/metrics", "api/modules/..", "api/%2e%2e/q/metrics", "api/%2E%2E/q", "api/.%2e/q",
            "api/./goals", "api/%2e/goals", "api//goals", "api/a%2f..%2fb", "api/a%5c..%5cb", "api/a\\b",
            "api/%252e%252e/q", "api/a%0d%0aX-Injected:%201", "api/a%00", "api/a%zz", "api/a b", "api/a?b",
            "api/a#b", "api/é" })
    void refusesPathsOutsideTheApi(String path) {
        assertThat(BffRules.target("catalog", path)).as(path).isEmpty();
    }

    @Test
    void refusesMissingAndOverlongPaths() {
        assertThat(BffRules.target("catalog", null)).isEmpty();
        assertThat(BffRules.target(null, "api/goals")).isEmpty();
        assertThat(BffRules.target("catalog", "api/" + "a".repeat(2100))).isEmpty();
    }

    @Test
    void forwardsOnlyTheNamedRequestHeaders() {
        Map<String, List<String>> incoming = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        incoming.put("accept", List.of("application/json"));
        incoming.put("Content-Type", List.of("application/json"));
        incoming.put("IF-MATCH", List.of("\"3\""));
        incoming.put("Idempotency-Key", List.of("k-1"));
        incoming.put("Cookie", List.of("q_session=secret"));
        incoming.put("Authorization", List.of("Bearer someone-else"));
        incoming.put("X-Forwarded-For", List.of("10.0.0.1"));
        incoming.put("X-LearnPath-Request", List.of("1"));
        incoming.put("Origin", List.of("http://localhost:8084"));
        incoming.put("Host", List.of("localhost:8084"));

        Map<String, List<String>> forwarded = BffRules.requestHeaders(incoming);

        assertThat(forwarded).containsOnlyKeys("Accept", "Content-Type", "If-Match", "Idempotency-Key");
        assertThat(forwarded.get("If-Match")).containsExactly("\"3\"");
        assertThat(forwarded.get("Accept")).containsExactly("application/json");
    }

    @Test
    void returnsOnlyTheNamedResponseHeaders() {
        Map<String, List<String>> answer = Map.of("content-type", List.of("application/problem+json"),
                "etag", List.of("\"4\""), "location", List.of("http://assessment/api/sessions/1"),
                "set-cookie", List.of("svc=1"), "server", List.of("internal"), "x-trace", List.of("abc"));

        assertThat(BffRules.responseHeaders(answer)).containsOnlyKeys("Content-Type", "ETag");
    }

    @Test
    void onlyTheExactScriptHeaderValueCounts() {
        assertThat(BffRules.fromScript("1")).isTrue();
        assertThat(BffRules.fromScript(null)).isFalse();
        assertThat(BffRules.fromScript("true")).isFalse();
        assertThat(BffRules.fromScript("")).isFalse();
    }

    @Test
    void problemsAreShapedAsTheServicesWriteThem() {
        String doc = new String(BffRules.problem(403, "forbidden", "Not allowed", "Only the portal's pages."));

        assertThat(doc).isEqualTo("{\"type\":\"urn:learnpath:problem:forbidden\",\"title\":\"Not allowed\","
                + "\"status\":403,\"detail\":\"Only the portal's pages.\"}");
    }
}
