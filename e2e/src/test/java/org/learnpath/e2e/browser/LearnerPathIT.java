package org.learnpath.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learnpath.e2e.Items;

/**
 * A learner in the portal: alice signs in through Keycloak, picks a goal, sees her path as a graph, and answers
 * the item player's questions (right, with keys read as an author) until a module turns MASTERED and a module that
 * depends on it becomes READY. Each answer takes the real way (assessment outbox, Kafka, recommender): the page
 * is never reloaded, the graph must redraw by itself after every answer.
 */
@Order(4)
class LearnerPathIT extends BrowserScenario {

    private static final String GOAL = "data-analyst";
    /** BKT needs a few right answers per skill (about four from the prior); a module may teach several skills. */
    private static final int MAX_ANSWERS = 40;

    @Test
    void learnerAnswersUntilAModuleIsMasteredAndTheNextBecomesReady() {
        Items items = new Items(e2e);
        LearnPage learn = new LearnPage(browser);

        browser.go(portal("/"));
        browser.waitForVisible("a#sign-in");
        browser.checkpoint("landing");
        browser.click("a#sign-in");
        browser.waitForVisible("#username");
        browser.axe();
        browser.completeKeycloakLogin("alice", "learnpath");
        assertThat(browser.url()).as("after sign-in, back on the page asked for").endsWith("/learn");
        assertThat(browser.present("#nav-learn")).isTrue();
        assertThat(browser.present("#nav-author")).as("alice is no author").isFalse();
        assertThat(browser.present("#nav-admin")).as("alice is no admin").isFalse();

        learn.chooseGoal(GOAL);
        LearnPage.Graph graph = learn.awaitGraph();
        assertThat(graph.statuses().values()).allMatch(s -> Set.of("MASTERED", "READY", "LOCKED").contains(s));
        assertThat(graph.withStatus("READY")).as("a path with somewhere to start").isNotEmpty();
        assertThat(graph.edges()).as("prerequisite edges between drawn modules").isNotEmpty()
                .allMatch(e -> graph.statuses().containsKey(e.from()) && graph.statuses().containsKey(e.to()));
        assertThat(graph.listedModules()).as("the text list of modules beside the graph").isEqualTo(graph.statuses().size());
        List<String> step = learn.nextStep();
        assertThat(step.get(0)).isIn("STUDY", "REVIEW");
        assertThat(step.get(1)).as("the recommender's reason").isNotBlank();
        learn.awaitQuestion();
        browser.checkpoint("path");

        Set<String> masteredAtStart = graph.withStatus("MASTERED");
        Set<String> lockedAtStart = graph.withStatus("LOCKED");
        List<String> seen = new ArrayList<>();
        LearnPage.Graph now = graph;
        Set<String> newlyMastered = Set.of();
        Set<String> unlocked = Set.of();
        for (int answered = 0; answered < MAX_ANSWERS; answered++) {
            String itemId = learn.awaitQuestion();
            int revision = learn.graph().revision();
            boolean right = learn.answer(items.response(itemId, true));
            assertThat(right).as("the feedback on the right answer to %s", itemId).isTrue();
            if (answered == 0) {
                assertThat(browser.waitFor("#item-player .lp-explanation").getText()).isNotBlank();
                browser.checkpoint("feedback");
            }
            LearnPage.Graph before = now;
            now = learn.awaitRedraw(revision, "after the answer to " + itemId);
            seen.add(itemId + " (" + items.skills(itemId) + ")");
            newlyMastered = new HashSet<>(now.withStatus("MASTERED"));
            newlyMastered.removeAll(masteredAtStart);
            unlocked = new HashSet<>(lockedAtStart);
            unlocked.retainAll(now.withStatus("READY"));
            if (!newlyMastered.isEmpty() && !unlocked.isEmpty()) {
                System.out.printf("[browser] alice mastered %s after %d answers; now ready: %s%n", newlyMastered,
                        answered + 1, unlocked);
                break;
            }
            if (!before.withStatus("MASTERED").equals(now.withStatus("MASTERED"))) {
                System.out.printf("[browser] alice mastered %s (nothing unlocked yet)%n", newlyMastered);
            }
            learn.nextQuestion();
        }
        assertThat(newlyMastered).as("a module turned MASTERED within %d right answers: %s", MAX_ANSWERS, seen)
                .isNotEmpty();
        assertThat(unlocked).as("a module that was LOCKED became READY within %d right answers", MAX_ANSWERS)
                .isNotEmpty();
        // What became READY depends on what was mastered: each such module has a newly mastered prerequisite, and
        // every one of its prerequisites in the path is mastered now.
        LearnPage.Graph after = now;
        Set<String> mastered = newlyMastered;
        for (String module : unlocked) {
            List<String> prerequisites = after.edges().stream().filter(e -> e.to().equals(module))
                    .map(LearnPage.Edge::from).toList();
            assertThat(prerequisites).as("prerequisites of %s", module).anyMatch(mastered::contains);
            assertThat(prerequisites).as("prerequisites of %s", module)
                    .allMatch(p -> "MASTERED".equals(after.statuses().get(p)));
        }
        browser.checkpoint("module-mastered");

        // Her answers are listed on her history page (newest first, twenty a page).
        browser.click("#nav-history");
        browser.waitFor("table#history");
        assertThat(browser.all("table#history tr.lp-attempt")).hasSizeGreaterThanOrEqualTo(Math.min(seen.size(), 20));
        browser.checkpoint("history");
    }
}
