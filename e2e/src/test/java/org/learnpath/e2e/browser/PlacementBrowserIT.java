package org.learnpath.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learnpath.e2e.Api;
import org.learnpath.e2e.Items;
import org.openqa.selenium.WebElement;

/**
 * The placement assessment in the portal (issue 27): a new learner with a goal opens /learn, starts the placement in
 * {@code learnpath-placement#placement} and answers every question it asks, right for the skills of the goal's first
 * modules in study order and wrong for the others (keys read as an author); halfway she reloads the page, finds the
 * placement waiting with Resume, and goes on. At the end the element lists the modules it placed her past, and after
 * a reload the path graph marks them placed. A second new learner skips it. axe checks every state on the way, in
 * both viewports.
 *
 * <p>New acme learners created for the scenario, not alice or bob: a completed placement seeds masteries that stay,
 * and the demo learners' states are shared by the other scenarios.
 */
@Order(4)
class PlacementBrowserIT extends BrowserScenario {

    private static final String GOAL = "data-analyst";
    private static final String PLACEMENT = "learnpath-placement#placement";
    private static final int KNOWN_MODULES = 3;
    private static final int MAX_ITEMS = 20;
    /** Reload after this many answers, to resume. */
    private static final int RELOAD_AFTER = 2;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> users = new ArrayList<>();

    @AfterAll
    void deleteLearners() {
        users.forEach(e2e.keycloak()::deleteUser);
    }

    @Test
    void aNewLearnerTakesThePlacementResumesAfterAReloadAndSeesThePlacedModulesOnHerPath() {
        String username = newLearner("web-placed");
        Items items = new Items(e2e);
        LearnPage learn = new LearnPage(browser, "learnpath-path-graph#path-graph", PLACEMENT,
                "learnpath-next-step#next-step");
        List<String> order = studyOrder(username);
        Set<String> knownSkills = new HashSet<>();
        JsonNode path = Api.get(e2e.recommender("/api/learners/me/path"), e2e.keycloak().token(username))
                .expect(200).json();
        List<String> known = order.subList(0, KNOWN_MODULES);
        path.path("modules").forEach(m -> {
            if (known.contains(m.path("slug").asText())) {
                m.path("skills").forEach(s -> knownSkills.add(s.path("code").asText()));
            }
        });

        signIn(username);
        browser.go(portal("/learn"));
        awaitState("intro");
        assertThat(browser.first(PLACEMENT).getAttribute("goal")).isEqualTo(GOAL);
        assertThat(browser.first(PLACEMENT).getAttribute("data-placement")).isEqualTo("none");
        assertThat(browser.waitFor(PLACEMENT + " .lp-placement-lead").getText())
                .contains("Already know some of this?").contains("at most " + MAX_ITEMS + " questions");
        assertThat(browser.present(PLACEMENT + " button.lp-placement-skip")).isTrue();
        browser.checkpoint("placement-intro");

        browser.click(PLACEMENT + " button.lp-placement-start");
        int answers = 0;
        boolean reloaded = false;
        String state = awaitState("question", "complete");
        while ("question".equals(state)) {
            assertThat(answers).as("questions answered, and another asked").isLessThan(MAX_ITEMS);
            String itemId = browser.waitForVisible(PLACEMENT + " form.lp-question[data-item-id]")
                    .getAttribute("data-item-id");
            assertThat(browser.waitFor(PLACEMENT + " .lp-placement-count").getText())
                    .isEqualTo("Placement assessment: question " + (answers + 1) + " of at most " + MAX_ITEMS);
            if (answers == 0) {
                browser.checkpoint("placement-question");
            }
            boolean correct = knownSkills.containsAll(items.skills(itemId));
            assertThat(learn.answer(items.response(itemId, correct))).as("the feedback on %s", itemId)
                    .isEqualTo(correct);
            answers++;
            assertThat(state(PLACEMENT)).isEqualTo("answered");
            if (answers == 1) {
                browser.checkpoint("placement-answered");
            }
            if (answers == RELOAD_AFTER && !reloaded) {
                // Halfway: the page is reloaded (the last answer may still be on its way to the recommender).
                reloaded = true;
                browser.reload();
                awaitState("intro");
                assertThat(browser.first(PLACEMENT).getAttribute("data-placement")).isEqualTo("IN_PROGRESS");
                assertThat(browser.waitFor(PLACEMENT + " .lp-placement-lead").getText())
                        .matches("You have started the placement assessment: [12] of at most " + MAX_ITEMS
                                + " questions answered\\.");
                assertThat(browser.present(PLACEMENT + " progress.lp-placement-progress")).isTrue();
                browser.checkpoint("placement-resume");
                browser.click(PLACEMENT + " button.lp-placement-resume");
            } else {
                learn.nextQuestion();
            }
            state = awaitState("question", "complete");
        }
        assertThat(reloaded).as("reloaded in the middle of the placement (%d answers)", answers).isTrue();

        // Complete: the summary and the modules it placed her past.
        String summary = browser.waitForVisible(PLACEMENT + " p.lp-placement-summary").getText();
        List<String> placed = new ArrayList<>();
        for (WebElement li : browser.all(PLACEMENT + " ul.lp-placed-modules li")) {
            placed.add(li.getAttribute("data-module"));
            assertThat(li.getText()).as("why %s", li.getAttribute("data-module")).containsIgnoringCase("placement");
        }
        System.out.printf("[browser] %s: placement took %d answers, placed past %s (knows %s): %s%n", username,
                answers, placed, known, summary);
        assertThat(placed).as("placed modules").isNotEmpty().contains(order.get(0));
        assertThat(known).as("modules she knows").containsAll(placed);
        assertThat(summary).isEqualTo("The placement assessment placed you past "
                + (placed.size() == 1 ? "1 module" : placed.size() + " modules") + ".");
        assertThat(browser.first(PLACEMENT).getAttribute("data-placement")).isEqualTo("COMPLETED");
        browser.checkpoint("placement-complete");

        // After a reload the graph marks the placed modules, and the placement shows its result.
        browser.reload();
        learn.awaitGraph();
        Set<String> marked = browser.await("the graph to mark the placed modules", () -> {
            Set<String> slugs = new HashSet<>();
            browser.all("learnpath-path-graph#path-graph g.lp-node[data-placed=\"true\"]")
                    .forEach(n -> slugs.add(n.getAttribute("data-module")));
            return slugs;
        }, s -> !s.isEmpty());
        assertThat(marked).as("modules marked placed in the graph").containsExactlyInAnyOrderElementsOf(placed);
        LearnPage.Graph graph = learn.graph();
        placed.forEach(slug -> assertThat(graph.statuses().get(slug)).as("%s in the graph", slug)
                .isEqualTo("MASTERED"));
        assertThat(browser.all("learnpath-path-graph#path-graph text.lp-placed-label")).hasSize(placed.size());
        assertThat(learn.nextStep().get(0)).isEqualTo("STUDY");
        awaitState("complete");
        assertThat(browser.all(PLACEMENT + " ul.lp-placed-modules li")).hasSize(placed.size());
        browser.checkpoint("path-placed");
    }

    @Test
    void aNewLearnerSkipsThePlacement() {
        String username = newLearner("web-skip");
        signIn(username);
        browser.go(portal("/learn"));
        awaitState("intro");
        browser.click(PLACEMENT + " button.lp-placement-skip");
        awaitState("skipped");
        assertThat(browser.first(PLACEMENT).getAttribute("data-placement")).isEqualTo("SKIPPED");
        assertThat(browser.waitForVisible(PLACEMENT + " button.lp-placement-retake").getText())
                .isEqualTo("Take the placement assessment");
        browser.checkpoint("placement-skipped");
        assertThat(Api.get(e2e.recommender("/api/learners/me/placement"), e2e.keycloak().token(username))
                .expect(200).json().path("status").asText()).isEqualTo("SKIPPED");

        browser.reload();
        awaitState("skipped");
        assertThat(browser.present(PLACEMENT + " button.lp-placement-start")).isFalse();
    }

    /** A new acme learner with the goal chosen (through the API: the goal form is LearnerPathIT's). */
    private String newLearner(String role) {
        String username = "e2e-" + role + "-" + run;
        users.add(e2e.keycloak().createLearner(username, "acme"));
        Api.put(e2e.recommender("/api/learners/me/goal"), e2e.keycloak().token(username),
                Api.object().put("goalSlug", GOAL), Map.of()).expect(200);
        return username;
    }

    private List<String> studyOrder(String username) {
        List<String> order = new ArrayList<>();
        e2e.catalogJson("/api/goals/" + GOAL + "/study-order", e2e.keycloak().token(username)).path("steps")
                .forEach(s -> order.add(s.path("slug").asText()));
        assertThat(order).hasSizeGreaterThan(KNOWN_MODULES);
        return order;
    }

    private String state(String css) {
        WebElement element = browser.first(css);
        return element == null ? null : element.getAttribute("data-state");
    }

    /** Waits until the placement element is in one of {@code states}; fails at once on its error state. */
    private String awaitState(String... states) {
        List<String> wanted = List.of(states);
        String state = browser.await("the placement to be in state " + wanted, () -> state(PLACEMENT),
                s -> s != null && (wanted.contains(s) || "error".equals(s)));
        if (!wanted.contains(state)) {
            throw new AssertionError("the placement shows state " + state + " instead of " + wanted + ": "
                    + browser.first(PLACEMENT).getText().replaceAll("\\s+", " "));
        }
        return state;
    }
}
