package org.learnpath.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learnpath.e2e.Api;

/**
 * Records what the learner's path page weighs and how long it takes to show the path, as Chromium's own resource
 * timing reports it; writes {@code target/benchmarks/path-page.json}. A record, not a test of speed: nothing here
 * asserts a time (a shared 2-core machine makes times noisy), only that the page loaded and was measured.
 * Cold loads start from an emptied browser cache; warm loads reuse it, as a learner coming back would.
 */
@Order(4)
class PathPageWeightIT extends BrowserScenario {

    private static final String GOAL = "data-analyst";
    private static final int RUNS = 3;

    /** Marks the moment the graph is first drawn, in the page's own clock, in every document from now on. */
    private static final String GRAPH_WATCH = """
            window.__lpGraphDrawnAt = null;
            new MutationObserver((changes, observer) => {
              const graph = document.querySelector('learnpath-path-graph');
              if (graph && graph.getAttribute('data-loaded') === 'true') {
                window.__lpGraphDrawnAt = performance.now();
                observer.disconnect();
              }
            }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-loaded'], childList: true});
            """;

    private static final String MEASURE = """
            const nav = performance.getEntriesByType('navigation')[0];
            const entry = e => ({name: e.name, type: e.initiatorType, transferSize: e.transferSize,
                encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize,
                startMs: Math.round(e.startTime), durationMs: Math.round(e.duration)});
            return {
              navigation: Object.assign(entry(nav), {
                responseStatus: nav.responseStatus,
                domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
                loadMs: Math.round(nav.loadEventEnd)}),
              resources: performance.getEntriesByType('resource').map(entry),
              graphDrawnMs: window.__lpGraphDrawnAt == null ? null : Math.round(window.__lpGraphDrawnAt)
            };""";

    @Test
    void recordPathPageWeightAndTimeToGraph() throws IOException {
        signIn("alice");
        LearnPage learn = new LearnPage(browser);
        browser.go(portal("/learn"));
        if (!browser.present("learnpath-path-graph")) {
            learn.chooseGoal(GOAL);
        }
        learn.awaitGraph();
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", GRAPH_WATCH));
        browser.driver().executeCdpCommand("Network.enable", Map.of());

        ObjectNode report = Api.object()
                .put("page", "/learn")
                .put("recordedAt", Instant.now().toString())
                .put("viewport", browser.viewport().width() + "x" + browser.viewport().height())
                .put("browser", String.valueOf(browser.driver().getCapabilities().getBrowserVersion()))
                .put("note", "Chromium resource timing; sizes in bytes (transferSize 0 = served from the cache),"
                        + " times in ms from navigation start. A record only: times vary with the machine's load.");
        ArrayNode runs = report.putArray("runs");
        List<Long> coldGraph = new ArrayList<>();
        List<Long> warmGraph = new ArrayList<>();
        for (String cache : List.of("cold", "warm")) {
            for (int run = 1; run <= RUNS; run++) {
                if (cache.equals("cold")) {
                    browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
                }
                browser.go(portal("/learn"));
                learn.awaitGraph();
                JsonNode measured = Api.JSON.valueToTree(browser.driver().executeScript(MEASURE));
                assertThat(measured.path("navigation").path("responseStatus").asInt()).isEqualTo(200);
                assertThat(measured.path("graphDrawnMs").isNumber()).as("the moment the graph was drawn").isTrue();
                ObjectNode row = runs.addObject().put("cache", cache).put("run", run);
                row.setAll(summary(measured));
                row.set("navigation", measured.path("navigation"));
                row.set("resources", measured.path("resources"));
                (cache.equals("cold") ? coldGraph : warmGraph).add(measured.path("graphDrawnMs").asLong());
            }
        }
        report.put("medianGraphDrawnMsCold", median(coldGraph)).put("medianGraphDrawnMsWarm", median(warmGraph));
        JsonNode firstCold = runs.get(0);
        report.put("coldTransferBytes", firstCold.path("transferBytes").asLong())
                .put("coldDecodedBytes", firstCold.path("decodedBytes").asLong())
                .put("requests", firstCold.path("requests").asInt());

        Path file = Path.of(System.getProperty("learnpath.e2e.target-dir", "target"), "benchmarks", "path-page.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.printf("[browser] path page: %d requests, %d bytes transferred cold (%d decoded); graph drawn after"
                        + " %d ms cold, %d ms warm (medians of %d); %s%n", firstCold.path("requests").asInt(),
                firstCold.path("transferBytes").asLong(), firstCold.path("decodedBytes").asLong(),
                median(coldGraph), median(warmGraph), RUNS, file);
        assertThat(firstCold.path("transferBytes").asLong()).as("bytes transferred on a cold load").isPositive();
    }

    /** Totals over the document and every resource it loaded (scripts, styles, the elements' API calls). */
    private static ObjectNode summary(JsonNode measured) {
        long transfer = measured.path("navigation").path("transferSize").asLong();
        long decoded = measured.path("navigation").path("decodedBodySize").asLong();
        ObjectNode byType = Api.object();
        for (JsonNode resource : measured.path("resources")) {
            transfer += resource.path("transferSize").asLong();
            decoded += resource.path("decodedBodySize").asLong();
            String type = resource.path("type").asText();
            byType.put(type, byType.path(type).asInt() + 1);
        }
        ObjectNode summary = Api.object()
                .put("requests", 1 + measured.path("resources").size())
                .put("transferBytes", transfer)
                .put("decodedBytes", decoded)
                .put("domContentLoadedMs", measured.path("navigation").path("domContentLoadedMs").asLong())
                .put("loadMs", measured.path("navigation").path("loadMs").asLong())
                .put("graphDrawnMs", measured.path("graphDrawnMs").asLong());
        summary.set("requestsByType", byType);
        return summary;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
