package org.learnpath.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learnpath.e2e.Items;

/**
 * The example host page (/embed/example, a foreign portal's page as an integrator would write it) embeds the path
 * graph, the next step and the item player for a signed-in learner; they call the services cross-origin with the
 * learner's token, and an answer given there refreshes the graph as on the portal's own page.
 */
@Order(4)
class EmbedExampleIT extends BrowserScenario {

    private static final String GOAL = "data-analyst";

    @Test
    void exampleHostPageShowsTheGraphAndAQuestion() {
        signIn("bob");
        browser.go(portal("/learn"));
        if (!browser.present("learnpath-path-graph")) {
            new LearnPage(browser).chooseGoal(GOAL);
        }

        browser.go(portal("/embed/example"));
        LearnPage embedded = new LearnPage(browser, "learnpath-path-graph", "learnpath-item-player",
                "learnpath-next-step");
        LearnPage.Graph graph = embedded.awaitGraph();
        assertThat(graph.statuses()).isNotEmpty();
        assertThat(embedded.nextStep().get(1)).isNotBlank();
        String itemId = embedded.awaitQuestion();
        assertThat(browser.first("learnpath-item-player .lp-stem").getText()).isNotBlank();
        browser.checkpoint("embedded");

        boolean right = embedded.answer(new Items(e2e).response(itemId, true));
        assertThat(right).isTrue();
        embedded.awaitRedraw(graph.revision(), "on the host page after the answer to " + itemId);
        browser.checkpoint("embedded-answered");
    }
}
