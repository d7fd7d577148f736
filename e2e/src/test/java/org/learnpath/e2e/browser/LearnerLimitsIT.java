package org.learnpath.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learnpath.e2e.Api;

/**
 * What a learner cannot do, and what stays after signing out: bob gets the portal's 403 page for the authors'
 * pages, and the catalog API refuses him the same change; after "Sign out" the browser's back button shows
 * nothing of his (no name, no path), only a sign-in.
 */
@Order(4)
class LearnerLimitsIT extends BrowserScenario {

    private static final String GOAL = "data-analyst";

    @Test
    void learnerIsRefusedAuthorPagesAndTheApiAlike() {
        signIn("bob");
        assertThat(browser.present("#nav-author")).isFalse();
        assertThat(browser.present("#nav-items")).isFalse();
        assertThat(browser.present("#nav-admin")).isFalse();

        for (String page : new String[] { "/author/modules", "/author/modules/new", "/author/items", "/admin" }) {
            browser.go(portal(page));
            browser.waitForVisible("#forbidden");
            assertThat(status()).as("status of %s for bob", page).isEqualTo(403);
            assertThat(browser.present("form#module-form")).isFalse();
        }
        browser.go(portal("/author/modules"));
        browser.waitForVisible("#forbidden");
        browser.checkpoint("forbidden");

        Api.post(e2e.catalog("/api/modules"), e2e.keycloak().token("bob"), Api.object()
                .put("slug", "e2e-web-not-allowed").put("title", "Not allowed").put("summary", "A learner's attempt.")
                .put("area", "DATA_ANALYSIS").put("level", "BEGINNER").put("estimatedMinutes", 30)
                .set("skills", Api.JSON.createArrayNode().add(AuthorPages.SKILL))).expect(403);
    }

    @Test
    void afterSigningOutTheBackButtonShowsNothingPrivate() {
        signIn("bob");
        browser.go(portal("/learn"));
        LearnPage learn = new LearnPage(browser);
        if (!browser.present("learnpath-path-graph")) {
            learn.chooseGoal(GOAL);
        }
        learn.awaitGraph();
        assertThat(browser.waitFor("#user-name").getText()).isEqualTo("bob");

        signOut();
        assertThat(browser.present("#user-name")).isFalse();
        browser.checkpoint("signed-out");

        browser.back();
        browser.await("the page shown by the back button to settle on a sign-in", browser::describePage,
                page -> browser.present("#username") || browser.present("a#sign-in"));
        assertThat(browser.present("#user-name")).as("no user name on %s", browser.describePage()).isFalse();
        assertThat(browser.present("learnpath-path-graph")).as("no path graph on %s", browser.describePage()).isFalse();
        assertThat(browser.driver().getPageSource()).doesNotContain("Signed in as");
        browser.checkpoint("back-after-sign-out");

        // Signing out ended the Keycloak session too: a protected page now asks for the password again instead of
        // signing bob in silently through single sign-on.
        browser.go(portal("/learn"));
        browser.waitForVisible("#username");
        assertThat(browser.present("#user-name")).as("signed in again without a password").isFalse();
    }

    /** The HTTP status of the page now shown (Chromium's navigation timing records it). */
    private int status() {
        Object status = browser.driver().executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;");
        return ((Number) status).intValue();
    }
}
