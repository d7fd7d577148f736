package org.learnpath.e2e.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The learner's elements as the contract names them (the portal's /learn and any host page embedding them): the
 * goal form, the path graph, the next step and the item player.
 */
final class LearnPage {

    /** How long the page may take to show an answer by itself: assessment outbox, Kafka, recommender, the poll. */
    static final Duration REFRESH_WITHIN = Duration.ofSeconds(20);

    private final Browser browser;
    private final String graph;
    private final String player;
    private final String nextStep;

    /** The portal's own /learn page. */
    LearnPage(Browser browser) {
        this(browser, "learnpath-path-graph#path-graph", "learnpath-item-player#item-player",
                "learnpath-next-step#next-step");
    }

    LearnPage(Browser browser, String graph, String player, String nextStep) {
        this.browser = browser;
        this.graph = graph;
        this.player = player;
        this.nextStep = nextStep;
    }

    /** One prerequisite edge as drawn. */
    record Edge(String from, String to) {
    }

    /** What the graph shows: its revision, every module's status, the edges. */
    record Graph(boolean loaded, int revision, Map<String, String> statuses, List<Edge> edges, int listedModules) {

        Set<String> withStatus(String status) {
            Set<String> slugs = new TreeSet<>();
            statuses.forEach((slug, s) -> {
                if (s.equals(status)) {
                    slugs.add(slug);
                }
            });
            return slugs;
        }

        List<String> dependents(String slug) {
            return edges.stream().filter(e -> e.from().equals(slug)).map(Edge::to).toList();
        }
    }

    /** Chooses {@code goalSlug} in the goal form and waits for the graph of the new path. */
    void chooseGoal(String goalSlug) {
        new Select(browser.waitForVisible("form#goal-form select#goal")).selectByValue(goalSlug);
        browser.click("form#goal-form button#goal-submit");
        awaitGraph();
    }

    /** The graph once it is drawn. */
    Graph awaitGraph() {
        return browser.await("the path graph " + graph + " to be drawn (data-loaded=true) with modules", this::graph,
                g -> g.loaded() && !g.statuses().isEmpty());
    }

    @SuppressWarnings("unchecked")
    Graph graph() {
        Map<String, Object> raw = (Map<String, Object>) browser.driver().executeScript("""
                const g = document.querySelector(arguments[0]);
                if (!g) return {loaded: false, revision: 0, nodes: [], edges: [], listed: 0};
                return {
                  loaded: g.getAttribute('data-loaded') === 'true',
                  revision: Number(g.getAttribute('data-revision') || 0),
                  nodes: [...g.querySelectorAll('svg g.lp-node')].map(n =>
                      [n.getAttribute('data-module'), n.getAttribute('data-status')]),
                  edges: [...g.querySelectorAll('svg path.lp-edge')].map(e =>
                      [e.getAttribute('data-from'), e.getAttribute('data-to')]),
                  listed: g.querySelectorAll('ul.lp-module-list > li').length
                };""", graph);
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Object node : (List<Object>) raw.get("nodes")) {
            List<Object> pair = (List<Object>) node;
            statuses.put(String.valueOf(pair.get(0)), String.valueOf(pair.get(1)));
        }
        List<Edge> edges = new ArrayList<>();
        for (Object edge : (List<Object>) raw.get("edges")) {
            List<Object> pair = (List<Object>) edge;
            edges.add(new Edge(String.valueOf(pair.get(0)), String.valueOf(pair.get(1))));
        }
        return new Graph(Boolean.TRUE.equals(raw.get("loaded")), ((Number) raw.get("revision")).intValue(), statuses,
                edges, ((Number) raw.get("listed")).intValue());
    }

    /** Waits until the graph has redrawn after {@code revision}, by itself. */
    Graph awaitRedraw(int revision, String why) {
        return browser.await("the path graph to redraw by itself (data-revision > " + revision + ") " + why,
                REFRESH_WITHIN, this::graph, g -> g.revision() > revision);
    }

    /** The next step's kind (STUDY, REVIEW, GOAL_COMPLETE) and the recommender's sentence, once shown. */
    List<String> nextStep() {
        WebElement kind = browser.waitFor(nextStep + " .lp-step-kind");
        WebElement reason = browser.waitFor(nextStep + " .lp-reason");
        return List.of(kind.getAttribute("data-kind"), reason.getText().trim());
    }

    int nextStepRevision() {
        WebElement element = browser.first(nextStep);
        String revision = element == null ? null : element.getAttribute("data-revision");
        return revision == null ? 0 : Integer.parseInt(revision);
    }

    /**
     * The item the player shows, once it shows one; fails with what the player says instead (no item published,
     * goal complete, an error).
     */
    String awaitQuestion() {
        WebElement element = browser.await("the item player " + player + " to leave its loading state",
                () -> browser.first(player),
                e -> e != null && e.getAttribute("data-state") != null && !"loading".equals(e.getAttribute("data-state")));
        String state = element.getAttribute("data-state");
        if (!"question".equals(state)) {
            throw new AssertionError("the item player shows no question but state " + state + ": "
                    + element.getText().replaceAll("\\s+", " "));
        }
        return browser.waitForVisible(player + " .lp-question[data-item-id]").getAttribute("data-item-id");
    }

    String questionType() {
        return browser.waitFor(player + " .lp-question").getAttribute("data-type");
    }

    /**
     * Fills in {@code response} (the API's shape: choice, choices, value or text) as a learner would, submits it and
     * returns whether the feedback says it was right.
     */
    boolean answer(JsonNode response) {
        String form = player + " .lp-question";
        if (response.has("choice")) {
            browser.check(form + " input[name=choice][value='" + response.path("choice").asText() + "']");
        } else if (response.has("choices")) {
            for (JsonNode choice : response.path("choices")) {
                browser.check(form + " input[name=choices][value='" + choice.asText() + "']");
            }
        } else if (response.has("value")) {
            browser.type(form + " input[name=value]", new BigDecimal(response.path("value").asText()).toPlainString());
        } else {
            browser.type(form + " input[name=text]", response.path("text").asText());
        }
        browser.click(form + " button.lp-submit");
        WebElement feedback = browser.waitForVisible(player + " .lp-feedback[data-correct]");
        browser.waitFor(player + " .lp-feedback .lp-correct-answer");
        return Boolean.parseBoolean(feedback.getAttribute("data-correct"));
    }

    void nextQuestion() {
        browser.click(player + " button.lp-next-item");
    }
}
