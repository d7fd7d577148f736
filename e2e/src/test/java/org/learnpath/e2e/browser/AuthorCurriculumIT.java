package org.learnpath.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learnpath.e2e.Api;
import org.learnpath.e2e.E2e;

/**
 * An author in the portal: ada creates modules and a goal through the forms, is refused a prerequisite that would
 * close a cycle (the form names it), and adds a module to the goal, which a learner following that goal (alice)
 * sees in her graph after a reload. Everything it creates is its own (slugs e2e-web-...): the seed curriculum the
 * other scenarios rely on stays as it is.
 */
@Order(4)
class AuthorCurriculumIT extends BrowserScenario {

    private static final String BASE = "python-for-data-analysis";

    private final String prefix = "e2e-web-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void authorIsToldOfACycleAndExtendsAGoalThatALearnerSees() {
        AuthorPages author = new AuthorPages(browser, Portal.baseUrl(e2e));
        String basics = prefix + "-basics";
        String next = prefix + "-next";
        String extra = prefix + "-extra";
        String goal = prefix + "-goal";

        signIn("ada");
        assertThat(browser.present("#nav-author")).isTrue();
        assertThat(browser.present("#nav-admin")).as("ada is no admin").isFalse();
        browser.click("#nav-author");
        browser.waitFor("a#new-module");
        browser.type("input#q", "pandas");
        browser.submit("form#module-search button#search");
        assertThat(browser.all("a.lp-module[data-slug]")).as("modules found by searching 'pandas'").isNotEmpty();
        browser.checkpoint("modules");

        // From a skill to the modules that teach it.
        browser.click("#nav-skills");
        browser.waitFor("table#skills");
        browser.type("input#q", "regression");
        browser.submit("form#skill-search button#search");
        assertThat(browser.all("tr.lp-skill-row[data-skill=linear-regression]"))
                .as("linear-regression found by searching 'regression'").hasSize(1);
        browser.checkpoint("skills");
        browser.click("tr.lp-skill-row[data-skill=linear-regression] a.lp-skill-modules");
        browser.waitFor("#skill-filter");
        assertThat(browser.all("a.lp-module[data-slug]")).as("modules teaching linear-regression").isNotEmpty();
        browser.checkpoint("modules-of-a-skill");

        // basics <- next: then making next a prerequisite of basics would close a cycle.
        author.createModule(basics, List.of(BASE));
        assertThat(browser.present("form#delete-module")).as("only admins may delete").isFalse();
        browser.checkpoint("module-created");
        author.createModule(next, List.of(basics));
        author.submitPrerequisites(basics, List.of(BASE, next));
        String cycle = browser.waitForVisible(".lp-field-error[data-field=prerequisites]").getText();
        assertThat(cycle).as("the cycle named next to the field").contains(basics, next);
        browser.checkpoint("cycle-refused");
        assertThat(Api.get(e2e.catalog("/api/modules/" + basics), e2e.keycloak().token("ada")).expect(200).json()
                .path("prerequisites").toString()).as("the refused change was not stored").isEqualTo("[\"" + BASE + "\"]");

        author.createGoal(goal, "Browser test goal " + prefix, List.of(basics));
        browser.checkpoint("goal-created");
        author.createModule(extra, List.of(basics));
        signOut();

        // alice follows the new goal once the recommender has it (catalog outbox -> Kafka -> recommender).
        String alice = e2e.keycloak().token("alice");
        E2e.await(Duration.ofSeconds(20), "goal " + goal + " in the recommender",
                () -> Api.get(e2e.recommender("/api/learners/me/path?goal=" + goal), alice),
                reply -> reply.status() == 200);
        signIn("alice");
        LearnPage learn = new LearnPage(browser);
        learn.chooseGoal(goal);
        LearnPage.Graph graph = learn.awaitGraph();
        assertThat(graph.statuses()).containsKeys(BASE, basics).doesNotContainKey(extra);
        signOut();

        signIn("ada");
        author.setGoalModules(goal, List.of(basics, extra));
        browser.checkpoint("goal-edited");
        signOut();

        signIn("alice");
        browser.go(portal("/learn"));
        graph = browser.await("module " + extra + " in alice's graph after reloads", Duration.ofSeconds(30), () -> {
            browser.reload();
            return learn.awaitGraph();
        }, g -> g.statuses().containsKey(extra));
        assertThat(graph.edges()).contains(new LearnPage.Edge(basics, extra));
        // Its status follows alice's mastery of the skill it teaches (another scenario may have had her master it).
        assertThat(graph.statuses().get(extra)).isIn("MASTERED", "READY", "LOCKED");
        if (!"MASTERED".equals(graph.statuses().get(basics))) {
            assertThat(graph.statuses().get(extra)).as("%s needs %s first", extra, basics).isEqualTo("LOCKED");
        }
        browser.checkpoint("learner-sees-new-module");
    }
}
