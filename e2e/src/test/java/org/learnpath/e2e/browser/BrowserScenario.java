package org.learnpath.e2e.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.learnpath.e2e.E2e;
import org.learnpath.e2e.E2eExtension;
import org.learnpath.e2e.Keycloak;

/**
 * A browser scenario against the suite's system: one Chromium per test class (a fresh profile, so no session
 * leaks from one scenario into the next), its screenshots under {@code target/screenshots/<class name>/}; a failed
 * test leaves the page's screenshot, HTML and console there too.
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserScenario {

    protected E2e e2e;
    protected Browser browser;

    @RegisterExtension
    final TestWatcher keepFailedPage = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.saveForDiagnosis("failed-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    void openBrowser(E2e e2e) {
        this.e2e = e2e;
        this.browser = Browser.open(getClass().getSimpleName());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            System.out.printf("[browser] %s: axe checked %d page views%n", browser.scenario(),
                    browser.axeChecked().size());
            browser.close();
        }
    }

    /** The portal's address of {@code path} (starting with /). */
    protected String portal(String path) {
        return Portal.baseUrl(e2e) + path;
    }

    /**
     * Opens the landing page, follows "Sign in" and signs {@code user} in on Keycloak's page; whoever is signed in
     * from an earlier test of the class is signed out first.
     */
    protected void signIn(String user) {
        signIn(user, Keycloak.PASSWORD);
    }

    protected void signIn(String user, String password) {
        browser.go(portal("/"));
        browser.await("the landing page", () -> browser.present("a#sign-in") || browser.present("a#logout"),
                shown -> shown);
        if (browser.present("a#logout")) {
            signOut();
        }
        browser.click("a#sign-in");
        browser.completeKeycloakLogin(user, password);
    }

    /** Follows "Sign out" and waits for the landing page of a signed-out visitor. */
    protected void signOut() {
        browser.click("a#logout");
        browser.waitForVisible("a#sign-in");
    }
}
